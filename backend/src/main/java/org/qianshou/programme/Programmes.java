package org.qianshou.programme;

import java.util.List;
import java.util.Set;
import org.qianshou.programme.ProgrammeViews.Target;

/**
 * The four programmes of the policy's section 五 that have records here, with their targets in a form a program can
 * compare, and the definition of each live figure (shown on the page beside it). Names and the targets' wording come
 * from the {@code programme} table.
 */
final class Programmes {

    static final String UNIVERSITY = "university-partnership";
    static final String TWINNING = "twinning";
    static final String DISPATCH = "talent-dispatch";
    static final String DEMONSTRATION = "demonstration";

    /** In the policy's order (the {@code programme} table's {@code sort_order}). */
    static final List<String> TRACKED = List.of(UNIVERSITY, TWINNING, DISPATCH, DEMONSTRATION);

    /** The policy starts in 2017; the figures by year run from here to the current year. */
    static final int FIRST_YEAR = 2017;

    static final int TARGET_YEAR = 2020;

    static final Set<String> SUPPORT_KINDS = Set.of("people-sent", "supervision", "training", "joint-project");
    static final Set<String> ACTIVITY_KINDS = Set.of("internship-base", "students-placed", "teacher-practice");
    static final Set<String> LEVELS = Set.of("assistant", "intermediate", "senior", "none");
    static final Set<String> CATEGORIES = Set.of("a", "b", "c");

    private Programmes() {}

    /** 到2020年，促成至少10所高校…; 2017—2020年引进20家…; 2017—2020年每年选派100名以上…; 每年支持实施一批…. */
    static Target target(String code) {
        return switch (code) {
            case UNIVERSITY -> new Target("at-least-by", 10, TARGET_YEAR, null);
            case TWINNING -> new Target("total-in-period", 20, TARGET_YEAR, FIRST_YEAR);
            case DISPATCH -> new Target("per-year", 100, TARGET_YEAR, FIRST_YEAR);
            case DEMONSTRATION -> new Target("yearly", null, null, FIRST_YEAR);
            default -> throw new IllegalArgumentException(code);
        };
    }

    /** What the live figures count, in Chinese and English (the Javadoc of {@link ProgrammeRepository} says it in SQL). */
    static String[] definition(String code) {
        return switch (code) {
            case UNIVERSITY ->
                new String[] {
                    "按高校去重计数（平台上的高校按机构，其他按校名；平台上的高校暂停认证期间不计）。某年：当年内任一天处于合作期的高校数；合计：有过合作的高校数；"
                            + "距目标：2017—2020年间任一天处于合作期的高校数；按州市：与该州市所辖县合作的高校数。",
                    "Distinct universities (an organisation on the platform, otherwise its name; one on the platform counts"
                            + " only while verified). A year: universities with a"
                            + " partnership active on any day of that year; total: universities with any partnership;"
                            + " towards the target: universities with a partnership active on any day of 2017–2020; by prefecture:"
                            + " universities partnered with a county of that prefecture."
                };
            case TWINNING ->
                new String[] {
                    "按云南受援机构去重计数（受援机构或平台上的结对机构暂停认证期间不计）。某年：当年内任一天处于结对期的受援机构数；合计：有过结对的受援机构数；"
                            + "距目标：2017—2020年间任一天处于结对期的受援机构数；按州市：按受援机构的注册地。",
                    "Distinct Yunnan agencies in a pair (a pair counts only while its agency, and its partner when on the"
                            + " platform, is verified). A year: agencies with a pair active on any day of that year; total:"
                            + " agencies ever paired; towards the target: agencies with a pair active on any day of"
                            + " 2017–2020; by prefecture: by the agency's registered place."
                };
            case DISPATCH ->
                new String[] {
                    "选派的社会工作者人数之和（选派机构暂停认证期间不计）。某年：当年开始派驻的人数；合计：全部派驻人数；按州市：按派驻的乡镇或村所在州市。",
                    "The sum of social workers dispatched (a dispatch by an organisation counts only while it is verified)."
                            + " A year: workers whose dispatch began in that year; total: all"
                            + " workers dispatched; by prefecture: by the township or village they were sent to."
                };
            case DEMONSTRATION ->
                new String[] {
                    "示范项目认定数（撤销的、项目未公开或机构未认证的不计）。某年：该年度认定的项目数；合计：全部认定数；按州市：项目服务地区在该州市的认定数" + "（跨州市的项目在每个州市各计一次）。",
                    "Demonstration designations (not withdrawn, of a public project of a verified organisation). A year: projects designated for that year;"
                            + " total: all designations; by prefecture: designations of projects serving a place in that"
                            + " prefecture (a project serving several prefectures counts in each)."
                };
            default -> throw new IllegalArgumentException(code);
        };
    }
}
