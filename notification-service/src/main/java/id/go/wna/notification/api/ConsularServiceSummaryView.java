package id.go.wna.notification.api;

import id.go.wna.notification.domain.ConsularServiceType;
import id.go.wna.notification.service.ConsularServiceLog;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ConsularServiceSummary", description = "The consular services log added up over the service days "
        + "from..to (both inclusive; open-ended when left out), as the seed article reports it: hotline cases, flight "
        + "clearances, persons evacuated with the missions' help, EPO plus diplomatic/service stay permit documents")
public record ConsularServiceSummaryView(
        LocalDate from, LocalDate to,
        @Schema(description = "Sum of count over HOTLINE_CASE entries", example = "301") long hotlineCases,
        @Schema(description = "Sum of count over FLIGHT_CLEARANCE entries", example = "209") long flightClearances,
        @Schema(description = "Sum of persons over EVACUATION_ASSISTANCE entries", example = "13514") long personsEvacuated,
        @Schema(description = "Documents: EXIT_PERMIT_ONLY + DIPLOMATIC_STAY_PERMIT + SERVICE_STAY_PERMIT", example = "4780")
        long permitDocuments,
        @Schema(description = "Sum of count over HUMANITARIAN_DISCRETION entries") long humanitarianDiscretions,
        @Schema(description = "Every type, in the order of the enumeration, zeros included") List<TypeTotal> byType) {

    @Schema(name = "ConsularServiceTypeTotal")
    public record TypeTotal(ConsularServiceType serviceType,
                            @Schema(description = "Log entries") long entries,
                            @Schema(description = "Sum of their count") long count,
                            @Schema(description = "Sum of their persons (0 where the type has none)") long persons) {
    }

    static ConsularServiceSummaryView of(LocalDate from, LocalDate to, List<ConsularServiceLog.TypeTotal> totals) {
        List<TypeTotal> byType = totals.stream().map(t -> new TypeTotal(t.type(), t.entries(), t.count(), t.persons())).toList();
        return new ConsularServiceSummaryView(from, to, count(byType, ConsularServiceType.HOTLINE_CASE),
                count(byType, ConsularServiceType.FLIGHT_CLEARANCE),
                byType.stream().filter(t -> t.serviceType() == ConsularServiceType.EVACUATION_ASSISTANCE)
                        .mapToLong(TypeTotal::persons).sum(),
                byType.stream().filter(t -> t.serviceType().isPermitDocument()).mapToLong(TypeTotal::count).sum(),
                count(byType, ConsularServiceType.HUMANITARIAN_DISCRETION), byType);
    }

    private static long count(List<TypeTotal> byType, ConsularServiceType type) {
        return byType.stream().filter(t -> t.serviceType() == type).mapToLong(TypeTotal::count).sum();
    }
}
