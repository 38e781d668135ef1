package org.qianshou.savedsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The openings page's {@code when=weekend} and {@code when=month} read for a saved search as the page reads them
 * ({@code thisWeekend} and {@code thisMonth} in the SPA's {@code shanghai-dates.ts}), and a saved search's parameters
 * kept as its page writes them.
 */
class KindSearchesTest {

    @Test
    void theWeekendIsTheComingSaturdayAndSundayOrOnASundayThatDayAlone() {
        LocalDate wednesday = LocalDate.parse("2026-12-02");
        assertThat(KindSearches.days("weekend", wednesday))
                .containsExactly(LocalDate.parse("2026-12-05"), LocalDate.parse("2026-12-06"));
        LocalDate saturday = LocalDate.parse("2026-12-05");
        assertThat(KindSearches.days("weekend", saturday))
                .containsExactly(LocalDate.parse("2026-12-05"), LocalDate.parse("2026-12-06"));
        LocalDate sunday = LocalDate.parse("2026-12-06");
        assertThat(KindSearches.days("weekend", sunday)).containsExactly(sunday, sunday);
        LocalDate monday = LocalDate.parse("2026-11-30");
        assertThat(KindSearches.days("weekend", monday))
                .containsExactly(LocalDate.parse("2026-12-05"), LocalDate.parse("2026-12-06"));
    }

    @Test
    void theMonthIsFromTodayToItsLastDay() {
        assertThat(KindSearches.days("month", LocalDate.parse("2026-11-30")))
                .containsExactly(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-30"));
        assertThat(KindSearches.days("month", LocalDate.parse("2028-02-10")))
                .containsExactly(LocalDate.parse("2028-02-10"), LocalDate.parse("2028-02-29"));
    }

    @Test
    void aSavedSearchKeepsOnlyWhatItsPageWritesInThePagesOrder() {
        assertThat(SearchQuery.parse("opening", "?page=2&free=1&when=custom&from=2026-12-01&q=陪伴&size=5&sort=x")
                        .encoded())
                .isEqualTo("q=%E9%99%AA%E4%BC%B4&when=custom&from=2026-12-01&free=1");
        assertThat(SearchQuery.parse("call", "soon=1&closingSoon=true&fundingType=a&fundingType=b")
                        .encoded())
                .as("the calls page writes soon, not the API's closingSoon")
                .isEqualTo("fundingType=a&fundingType=b&soon=1");
        assertThat(SearchQuery.parse("organisation", "kind=agency&organisationKind=funder")
                        .encoded())
                .isEqualTo("kind=agency");
        assertThat(SearchQuery.parse("all", "kind=opening&freePlaces=true&free=1&region=5306")
                        .encoded())
                .isEqualTo("kind=opening&region=5306&freePlaces=true");
    }
}
