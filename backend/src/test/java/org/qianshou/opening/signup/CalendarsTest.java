package org.qianshou.opening.signup;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarsTest {

    private static final Instant START =
            OffsetDateTime.parse("2026-12-05T09:00:00+08:00").toInstant();
    private static final Instant END =
            OffsetDateTime.parse("2026-12-05T12:30:00+08:00").toInstant();

    @Test
    void eventsAreWrittenInShanghaiTimeWithTheZoneAndParseBackToTheSameInstants() {
        String ics = Calendars.write(
                "牵手志愿服务",
                List.of(new Calendars.Event(
                        "shift-7@qianshou",
                        START,
                        END,
                        "留守儿童课业辅导",
                        "云南省 › 昭通市 › 鲁甸县 龙头山镇中心小学",
                        "鲁甸县社会工作服务中心",
                        "http://qianshou.test/openings/3",
                        true,
                        false)),
                Instant.parse("2026-11-30T00:00:00Z"));

        assertThat(ics)
                .contains("BEGIN:VTIMEZONE")
                .contains("TZID:Asia/Shanghai")
                .contains("DTSTART;TZID=Asia/Shanghai:20261205T090000")
                .contains("DTEND;TZID=Asia/Shanghai:20261205T123000")
                .contains("STATUS:CONFIRMED");
        ICalendar parsed = Biweekly.parse(ics).first();
        assertThat(parsed.getEvents()).hasSize(1);
        VEvent event = parsed.getEvents().get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("留守儿童课业辅导");
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(START);
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(END);
        assertThat(event.getUid().getValue()).isEqualTo("shift-7@qianshou");
        assertThat(event.getLocation().getValue()).contains("龙头山镇中心小学");
    }

    @Test
    void aCancelledShiftIsACancelledEventAndAnUnconfirmedOneTentative() {
        String ics = Calendars.write(
                "feed",
                List.of(
                        new Calendars.Event("a", START, END, "A", "", "", "http://x/1", true, true),
                        new Calendars.Event("b", START, END, "B", "", "", "http://x/2", false, false)),
                Instant.now());
        List<VEvent> events = Biweekly.parse(ics).first().getEvents();
        assertThat(events.get(0).getStatus().isCancelled()).isTrue();
        assertThat(events.get(1).getStatus().isTentative()).isTrue();
    }
}
