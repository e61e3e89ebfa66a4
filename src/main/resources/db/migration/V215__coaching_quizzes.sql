-- Real quizzes for the knowledge checklist's QUIZ proof (issue 16, ADR 0045): single-choice questions kept by
-- managers per knowledge item, and every attempt a rep makes; a pass (>= 80 % right) also stores a knowledge_proof.

create table knowledge_question (
    id              bigint primary key,
    version         integer not null default 0,
    item_code       varchar(40) not null references knowledge_item (code),
    sort_order      integer not null,
    question        varchar(500) not null,
    -- the choices, one per line (2 to 6 of them)
    choices         varchar(1300) not null,
    -- the right choice, counted from 0; never sent to a rep
    answer          integer not null,
    -- a retired question stays for the attempts that used it
    active          boolean not null default true,
    created_at      timestamp(6) with time zone not null
);
create index ix_knowledge_question_item on knowledge_question (item_code, active, sort_order);

create table knowledge_quiz_attempt (
    id              bigint primary key,
    version         integer not null default 0,
    rep_id          bigint not null references app_user (id),
    item_code       varchar(40) not null references knowledge_item (code),
    taken_on        date not null,
    correct         integer not null,
    total           integer not null,
    score           integer not null,
    passed          boolean not null,
    created_at      timestamp(6) with time zone not null
);
create index ix_knowledge_quiz_attempt_rep on knowledge_quiz_attempt (rep_id, item_code, taken_on);

-- Seed questions: the five main products of a printing company (MAIN_PRODUCTS), the customer-service policy
-- (SERVICE_POLICY, the handbook's example) and the competitors (COMPETITORS). Choices are separated by a line break.
insert into knowledge_question (id, version, item_code, sort_order, question, choices, answer, active, created_at) values
(nextval('app_seq'), 0, 'MAIN_PRODUCTS', 1, '客户要在展会上向经销商介绍新品系列，最合适推荐哪种产品？',
 '画册' || chr(10) || '不干胶标签' || chr(10) || '说明书' || chr(10) || '台历', 0, true, current_timestamp),
(nextval('app_seq'), 0, 'MAIN_PRODUCTS', 2, '包装盒对客户最主要的作用是什么？',
 '记录日期、送礼' || chr(10) || '保护产品并在货架上吸引买家' || chr(10) || '说明产品的安装步骤' || chr(10) || '标明批号和条码', 1, true, current_timestamp),
(nextval('app_seq'), 0, 'MAIN_PRODUCTS', 3, '食品厂要在每瓶产品上标明成分、批号和条码，应该用哪种产品？',
 '画册' || chr(10) || '包装盒' || chr(10) || '不干胶标签' || chr(10) || '台历', 2, true, current_timestamp),
(nextval('app_seq'), 0, 'MAIN_PRODUCTS', 4, '说明书为客户解决什么问题？',
 '让终端用户正确、安全地使用产品，并满足法规对标识的要求' || chr(10) || '让产品在货架上更显眼' || chr(10) || '年底给客户送礼' || chr(10) || '降低运输破损', 0, true, current_timestamp),
(nextval('app_seq'), 0, 'MAIN_PRODUCTS', 5, '企业定制台历主要用来做什么？',
 '保护产品' || chr(10) || '全年摆在客户桌上、展示企业形象的礼品' || chr(10) || '记录生产批号' || chr(10) || '替代产品目录', 1, true, current_timestamp),
(nextval('app_seq'), 0, 'SERVICE_POLICY', 1, '客户投诉后，我们对首次响应的要求是什么？',
 '一周内书面答复' || chr(10) || '当天响应，先联系客户了解情况' || chr(10) || '等下次拜访时再谈' || chr(10) || '交给财务部处理', 1, true, current_timestamp),
(nextval('app_seq'), 0, 'SERVICE_POLICY', 2, '因我方质量问题造成的印刷错误，公司的处理方式是？',
 '由客户承担重印费用' || chr(10) || '只打折不重印' || chr(10) || '核实后由我方免费重印或退换' || chr(10) || '不予处理', 2, true, current_timestamp),
(nextval('app_seq'), 0, 'SERVICE_POLICY', 3, '客户在签样后又要求改稿，销售代表应该怎么做？',
 '说明签样后改稿会影响交期和费用，确认后再安排' || chr(10) || '直接让车间改' || chr(10) || '拒绝改稿' || chr(10) || '不告诉客户费用', 0, true, current_timestamp),
(nextval('app_seq'), 0, 'SERVICE_POLICY', 4, '调查显示 82 % 的买主不再回头的原因是什么？',
 '价格太高' || chr(10) || '产品质量差' || chr(10) || '觉得被冷落、没人关心' || chr(10) || '交期太长', 2, true, current_timestamp),
(nextval('app_seq'), 0, 'SERVICE_POLICY', 5, '投诉解决以后，销售代表还要做什么？',
 '什么也不用做' || chr(10) || '回访客户，确认满意并记录在系统里' || chr(10) || '马上提价' || chr(10) || '换一位销售代表负责', 1, true, current_timestamp),
(nextval('app_seq'), 0, 'COMPETITORS', 1, '客户说“别家便宜 10 %”时，第一步应该做什么？',
 '马上同意降价' || chr(10) || '问清对方报价包含的纸张、工艺和交期，再比较' || chr(10) || '说竞争对手的坏话' || chr(10) || '放弃这单', 1, true, current_timestamp),
(nextval('app_seq'), 0, 'COMPETITORS', 2, '竞争对手的价格、交期和强项，最可靠的来源是？',
 '客户的反馈和销售会议上的竞争对手分析' || chr(10) || '网上传言' || chr(10) || '自己猜' || chr(10) || '只看对方官网', 0, true, current_timestamp),
(nextval('app_seq'), 0, 'COMPETITORS', 3, '和只会拼价格的对手竞争，我们最有力的做法是？',
 '价格比对方再低一些' || chr(10) || '强调交期可靠、色彩稳定和售后服务带给客户的价值' || chr(10) || '不理会对手' || chr(10) || '只拜访小客户', 1, true, current_timestamp);
