-- Taxonomies from the 2017 Yunnan policy (see ../shared/DOMAIN.md). Codes are stable; names are editable.

INSERT INTO service_category (code, name_zh, name_en, sort_order) VALUES
    ('social-assistance',      '救助帮扶',           'Social assistance',                    1),
    ('capacity-building',      '脱贫能力建设',       'Capacity building',                    2),
    ('industry-development',   '产业发展',           'Industry development',                 3),
    ('relocation-integration', '易地搬迁融合适应',   'Relocation integration',               4),
    ('left-behind-children',   '留守儿童关爱保护',   'Care and protection of left-behind children', 5),
    ('special-groups',         '特殊困难人群关爱',   'Care for groups in special difficulty', 6);

INSERT INTO target_group (code, name_zh, name_en, sort_order) VALUES
    ('poor-households',        '贫困群众（建档立卡贫困户）', 'Poor households (registered)',            1),
    ('dibao',                  '低保对象',                   'Minimum-income (dibao) recipients',       2),
    ('tekun',                  '特困人员',                   'People in extreme poverty',               3),
    ('relocated',              '易地搬迁群众',               'Relocated residents',                     4),
    ('left-behind-children',   '留守儿童',                   'Left-behind children',                    5),
    ('children-in-difficulty', '困境儿童',                   'Children in difficulty',                  6),
    ('elderly-in-difficulty',  '特殊困难老年人',             'Elderly people in special difficulty',    7),
    ('women-in-difficulty',    '特殊困难妇女',               'Women in special difficulty',             8),
    ('disabled',               '残疾人',                     'People with disabilities',                9),
    ('at-risk-youth',          '不良行为青少年',             'At-risk youth',                          10),
    ('community-corrections',  '社区服刑人员',               'People under community corrections',     11),
    ('released-prisoners',     '刑满释放人员',               'Released prisoners',                     12),
    ('hardship-families',      '因灾因病因残致贫家庭',       'Families impoverished by disaster, illness or disability', 13);

INSERT INTO funding_type (code, name_zh, name_en, sort_order) VALUES
    ('government-purchase',  '政府购买服务', 'Government purchase of services', 1),
    ('venture-philanthropy', '公益创投',     'Venture philanthropy',            2),
    ('charity',              '慈善资金',     'Charity capital',                 3),
    ('social-capital',       '社会资金',     'Enterprise and individual funds', 4),
    ('reward-fund',          '奖励基金',     'Reward fund',                     5);

INSERT INTO programme (code, name_zh, name_en, target_zh, target_en, sort_order) VALUES
    ('university-partnership',    '社会工作教育对口扶贫计划',         'University–county partnership programme',           '2020年前至少10所高校',      'At least 10 universities by 2020', 1),
    ('twinning',                  '牵手计划',                         'Twinning programme (Qianshou)',                     '2017—2020年20家机构',       '20 agencies, 2017–2020',            2),
    ('talent-dispatch',           '人才服务边远贫困地区计划',         'Social workers for remote poor areas',              '2017—2020年每年100名以上',  '100+ per year, 2017–2020',          3),
    ('dibao-verification',        '社会工作介入农村低保核查计划',     'Social work in rural minimum-income verification',  NULL,                        NULL,                                4),
    ('returnee-entrepreneurship', '返乡创业计划',                     'Returnee social workers founding rural agencies',   NULL,                        NULL,                                5),
    ('demonstration',             '示范项目',                         'Demonstration projects',                            '每年分批',                  'Yearly batches',                    6);
