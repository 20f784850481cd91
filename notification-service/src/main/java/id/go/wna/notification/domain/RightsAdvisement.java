package id.go.wna.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One telling of the right to consular notification and the person's answer, with who, when, language, interpreter. */
@Entity
@Table(name = "rights_advisement")
public class RightsAdvisement extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID obligationId;
    public Instant advisedAt;
    @Enumerated(EnumType.STRING)
    public AdvisementAnswer answer;
    public String language;
    public boolean interpreterUsed;
    public String interpreterName;
    public boolean opposesConsularAccess;
    public String advisedBy;
    public String recordedBy;
    public Instant recordedAt;
    public long delayMinutes;
    public boolean late;
    public String notes;
}
