package id.go.wna.notification.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

@Schema(name = "WelfareSummary", description = "The persons monitored in one crisis, counted by status: where they "
        + "stand now (current) and how many ever reached each status (everReached: a confirmed person who recovered "
        + "counts in CONFIRMED and RECOVERED, as the seed's cumulative Covid-19 figures do). Every status is present, "
        + "zeros included.")
public record WelfareSummaryView(
        @Schema(example = "COVID-19") String crisis,
        @Schema(description = "Reports in the crisis") long reports,
        @Schema(example = "{\"CLOSE_CONTACT\": 634, \"CONFIRMED\": 477, \"RECOVERED\": 321, "
                + "\"RETURNED_TO_HOME_COUNTRY\": 329, \"DIED\": 12}") Map<String, Long> current,
        Map<String, Long> everReached) {
}
