-- The knowledge checklist (知识清单, issue 16, ADR 0031): what a rep must know of the market, the company and the
-- products, where to learn it, by when after joining, and how we know they learned it (the proof).

create table knowledge_item (
    code            varchar(40) primary key,
    -- MARKET, COMPANY, PRODUCT
    area            varchar(10) not null,
    sort_order      integer not null,
    what            varchar(300) not null,
    example         varchar(300),
    source          varchar(300),
    -- days after joining by which it is due
    due_days        integer not null,
    -- QUIZ, MANAGER_SIGNOFF, OBSERVED_VISIT, DATA_CHECK, ARTIFACT
    proof           varchar(20) not null,
    required        boolean not null default true,
    -- an accepted proof expires after so many days (the item comes back); null: never
    valid_days      integer
);

-- An accepted proof of one item for one rep. OBSERVED_VISIT is not stored: a completed coaching session proves it.
create table knowledge_proof (
    id              bigint primary key,
    version         integer not null default 0,
    rep_id          bigint not null references app_user (id),
    item_code       varchar(40) not null references knowledge_item (code),
    proof           varchar(20) not null,
    accepted_on     date not null,
    accepted_by     bigint not null references app_user (id),
    score           integer,
    evidence        varchar(1000),
    created_at      timestamp(6) with time zone not null
);
create index ix_knowledge_proof_rep on knowledge_proof (rep_id, item_code, accepted_on);

insert into knowledge_item (code, area, sort_order, what, example, source, due_days, proof, required, valid_days) values
('TOP_PROSPECTS', 'MARKET', 1, '本区域潜力最大的预期客户', '位于区域中前 20 % 的预期客户的名称和地址', '系统客户列表（按潜力排序）、行业协会名录、展会名单', 30, 'DATA_CHECK', true, 180),
('KEY_BUYERS', 'MARKET', 2, '本区域 A 类客户的采购决策人', '每家 A 类客户的采购经理、技术负责人和付款审批人', '客户档案、老同事交接、拜访记录', 60, 'MANAGER_SIGNOFF', true, 365),
('COMPETITORS', 'MARKET', 3, '主要竞争对手的价格、交期和强项', '本地三家同行的画册和包装盒报价区间', '客户反馈、销售会议的竞争对手分析', 90, 'QUIZ', true, 365),
('SERVICE_POLICY', 'COMPANY', 4, '公司的客户服务政策', '公司有关客户服务的政策：投诉首次响应和解决时限、重印与退换货', '客户服务手册、客服部培训', 14, 'QUIZ', true, null),
('CREDIT_POLICY', 'COMPANY', 5, '信用与收款政策', '信用额度、账期、超额时的审批流程', '财务部培训、信用政策文件', 30, 'MANAGER_SIGNOFF', true, null),
('ORDER_FLOW', 'COMPANY', 6, '从报价到交货的流程', '报价、打样、签样、排产、印后、交货与对账', '跟单员带教、生产部参观', 45, 'OBSERVED_VISIT', true, null),
('MAIN_PRODUCTS', 'PRODUCT', 7, '公司最主要的五种产品的具体作用', '画册、包装盒、标签、说明书、台历各自解决客户什么问题', '产品手册、样品间', 30, 'QUIZ', true, null),
('PAPER_FINISHING', 'PRODUCT', 8, '纸张与印后工艺', '铜版纸与哑粉纸的区别，覆膜、烫金、UV 的用途与成本', '生产部培训、工艺样册', 60, 'ARTIFACT', true, null),
('PRICING', 'PRODUCT', 9, '报价方法与毛利底线', '按印量、纸张、工艺算价，毛利不低于公司底线', '报价系统、经理带教', 45, 'MANAGER_SIGNOFF', true, 365),
('SAMPLE_DEMO', 'PRODUCT', 10, '在客户面前讲解样品', '用对比样讲清楚色彩还原和工艺差别', '资深销售的示范、辅导中的观察', 60, 'OBSERVED_VISIT', true, 365);
