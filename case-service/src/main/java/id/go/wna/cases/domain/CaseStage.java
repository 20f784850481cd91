package id.go.wna.cases.domain;

/** Where an ACTIVE case is. */
public enum CaseStage {
    /** Penyidikan, by the police or Imigrasi's PPNS. */
    INVESTIGATION,
    /** Penuntutan, by the public prosecutor. */
    PROSECUTION,
    /** Before a court. */
    TRIAL,
    /** Serving a sentence (lapas). */
    SERVING_SENTENCE,
    /** An administrative procedure: TAK, a death's formalities, guardianship, a wreck or crash. */
    ADMINISTRATIVE_PROCESS,
    /** Held (Rudenim, ruang detensi) until deportation can happen. */
    DETAINED_AWAITING_DEPORTATION
}
