package org.qianshou.opening.signup;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Method;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

/**
 * Calendars in iCalendar (RFC 5545) through biweekly: times in {@code TZID=Asia/Shanghai}, with the time zone
 * written into the file (China keeps UTC+8 all year, so one standard observance describes it), so that calendar
 * applications show the shift at the local time wherever the phone is.
 */
final class Calendars {

    static final String ZONE = "Asia/Shanghai";

    /** One shift as a calendar event. */
    record Event(
            String uid,
            Instant startsAt,
            Instant endsAt,
            String summary,
            String location,
            String description,
            String url,
            boolean confirmed,
            boolean cancelled) {}

    private Calendars() {}

    /** A calendar with the events, named for a feed or a download. */
    static String write(String name, List<Event> events, Instant stamp) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Qianshou//Volunteer shifts//ZH");
        ical.setMethod(Method.publish());
        ical.setName(name);
        ical.getTimezoneInfo().setDefaultTimezone(shanghai());
        for (Event e : events) {
            VEvent event = new VEvent();
            event.setUid(e.uid());
            event.setDateTimeStamp(Date.from(stamp));
            event.setDateStart(Date.from(e.startsAt()), true);
            event.setDateEnd(Date.from(e.endsAt()), true);
            event.setSummary(e.summary());
            event.setLocation(e.location());
            event.setDescription(e.description());
            event.setUrl(e.url());
            event.setStatus(
                    e.cancelled() ? Status.cancelled() : e.confirmed() ? Status.confirmed() : Status.tentative());
            ical.addEvent(event);
        }
        return Biweekly.write(ical).go();
    }

    private static TimezoneAssignment shanghai() {
        VTimezone zone = new VTimezone(ZONE);
        StandardTime standard = new StandardTime();
        standard.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
        standard.setTimezoneOffsetFrom(new UtcOffset(true, 8, 0));
        standard.setTimezoneOffsetTo(new UtcOffset(true, 8, 0));
        standard.addTimezoneName("CST");
        zone.addStandardTime(standard);
        return new TimezoneAssignment(TimeZone.getTimeZone(ZONE), zone);
    }
}
