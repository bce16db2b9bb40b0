-- The plan's 50 numbered articles, grouped in its 13 chapters.
-- Article titles are the heading sentences of ../shared/plan/000_ec5d5fa44ad36ef5.txt, verbatim; English titles are ours.
-- DERIVED: the plan text carries no chapter headings. Each chapter name below is derived from the chapter's
-- unnumbered intro paragraph (or, where there is none, from its article titles), as noted per chapter.
create table chapter (
    number  int          primary key,
    name    varchar(64)  not null,
    name_en varchar(128) not null
);

create table article (
    number         int          primary key check (number > 0),
    title          varchar(128) not null,
    title_en       varchar(255) not null,
    chapter_number int          not null references chapter (number)
);
create index article_chapter on article (chapter_number);

insert into chapter (number, name, name_en) values
-- 1: articles 1-3; derived from the titles of articles 1-3 (no intro paragraph: the chapter opens right after the preamble)
(1, '“十四五”成就与“十五五”发展环境', '14th Five-Year Plan achievements and the 15th Five-Year Plan development environment'),
-- 2: articles 4-6; derived from the titles of articles 4-6 (no intro paragraph: the paragraph before article 4 still belongs to article 3)
(2, '指导思想、原则和主要目标', 'Guiding thought, principles and main goals'),
-- 3: articles 7-9; derived from the intro paragraph: 把握国家战略红利……更好发挥战略集成、政策共享、辐射带动效应
(3, '服务国家战略', 'Serving national strategies'),
-- 4: articles 10-15; derived from the intro paragraph: ……加快构建现代化产业体系,在上海(长三角)国际科技创新中心建设中发挥更大作用
(4, '现代化产业体系与科技创新', 'Modern industrial system and scientific and technological innovation'),
-- 5: articles 16-18; derived from the intro paragraph: ……稳步扩大制度型开放……着力打造服务全国、链接全球的供应链管理枢纽
(5, '供应链管理枢纽与高水平开放', 'Supply chain management hub and high-level opening-up'),
-- 6: articles 19-21; derived from the intro paragraph: ……优化区域空间和功能布局,更加突出青浦新城在全域发展中的中心地位
(6, '空间布局与新城建设', 'Spatial layout and new city development'),
-- 7: articles 22-26; derived from the intro paragraph: ……坚持传承历史文脉,切实保护具有江南水乡特点、传统文化特色的自然村落和城镇
(7, '文化传承与乡村振兴', 'Cultural heritage and rural revitalization'),
-- 8: articles 27-29; derived from the intro paragraph: 坚持惠民生和促消费、投资于物和投资于人紧密结合……
(8, '扩大内需', 'Expanding domestic demand'),
-- 9: articles 30-32; derived from the intro paragraph: 坚持以经济体制改革为牵引……打造市场化法治化国际化一流营商环境
(9, '经济体制改革与营商环境', 'Economic reform and the business environment'),
-- 10: articles 33-40; derived from the intro paragraph: ……持续增进民生福祉,扎实推动共同富裕
(10, '增进民生福祉', 'Improving people''s well-being'),
-- 11: articles 41-44; derived from the intro paragraph: ……使生态绿色成为青浦最动人的底色
(11, '生态绿色发展', 'Ecological and green development'),
-- 12: articles 45-47; derived from the intro paragraph: 坚定不移贯彻总体国家安全观,推动治理体系和治理能力现代化……
(12, '国家安全与治理现代化', 'National security and modern governance'),
-- 13: articles 48-50; derived from the intro paragraph: 坚持以党的自我革命引领社会革命,坚定不移推进全面从严治党……
(13, '党的领导', 'The leadership of the Party');

insert into article (number, title, title_en, chapter_number) values
(1, '“十四五”时期青浦发展取得显著成就', 'Qingpu achieved remarkable progress in the 14th Five-Year Plan period', 1),
(2, '“十五五”时期具有承前启后的重要地位', 'The 15th Five-Year Plan period links past and future at a pivotal moment', 1),
(3, '“十五五”时期青浦发展环境面临深刻变化', 'Qingpu''s development environment is changing profoundly in the 15th Five-Year Plan period', 1),
(4, '“十五五”时期经济社会发展的指导思想', 'Guiding thought for economic and social development in the 15th Five-Year Plan period', 2),
(5, '“十五五”时期经济社会发展必须遵循的原则', 'Principles economic and social development must follow in the 15th Five-Year Plan period', 2),
(6, '“十五五”时期经济社会发展的主要目标', 'Main goals of economic and social development in the 15th Five-Year Plan period', 2),
(7, '引领长三角生态绿色一体化发展示范区建设', 'Lead the building of the Yangtze River Delta Ecological Green Integrated Development Demonstration Zone', 3),
(8, '助力进博会越办越好', 'Help the China International Import Expo grow ever better', 3),
(9, '协同推进虹桥国际开放枢纽建设', 'Work with others to build the Hongqiao International Opening-up Hub', 3),
(10, '发展壮大千百亿产业集群', 'Develop and strengthen the 100-billion and 10-billion-yuan industrial clusters', 4),
(11, '促进服务业优质高效发展', 'Promote high-quality, efficient development of the service sector', 4),
(12, '加快推动产业转型升级', 'Accelerate industrial transformation and upgrading', 4),
(13, '全面增强自主创新能力', 'Comprehensively strengthen independent innovation capacity', 4),
(14, '营造优质的创新创业生态', 'Foster a high-quality ecosystem for innovation and entrepreneurship', 4),
(15, '加大人才引育力度', 'Step up attracting and developing talent', 4),
(16, '强化全球供应链管理功能', 'Strengthen global supply chain management functions', 5),
(17, '稳步扩大制度型开放', 'Steadily expand institutional opening-up', 5),
(18, '提升“走出去”综合服务功能', 'Improve comprehensive services for going global', 5),
(19, '优化区域发展空间布局', 'Optimize the spatial layout of regional development', 6),
(20, '强化青浦新城链接东西的中心极功能', 'Strengthen Qingpu New City as the central pole linking east and west', 6),
(21, '深化产城融合发展', 'Deepen the integration of industry and city', 6),
(22, '弘扬社会主义先进文化', 'Promote advanced socialist culture', 7),
(23, '大力发展文化事业和文化产业', 'Vigorously develop cultural undertakings and cultural industries', 7),
(24, '深入推进农文旅商体展融合发展', 'Deepen the integrated development of agriculture, culture, tourism, commerce, sports and exhibitions', 7),
(25, '扎实推进都市现代农业', 'Solidly advance modern urban agriculture', 7),
(26, '推进宜居宜业和美乡村建设', 'Build livable, business-friendly, harmonious and beautiful villages', 7),
(27, '大力提振消费能级', 'Vigorously lift the level of consumption', 8),
(28, '着力扩大有效投资', 'Strive to expand effective investment', 8),
(29, '积极融入全国统一大市场建设', 'Actively integrate into the building of a unified national market', 8),
(30, '促进民营经济高质量发展', 'Promote high-quality development of the private economy', 9),
(31, '推动重点领域关键环节改革系统集成', 'Advance systematically integrated reform of key links in key areas', 9),
(32, '打造更具竞争力的营商环境', 'Create a more competitive business environment', 9),
(33, '促进高质量充分就业', 'Promote high-quality and full employment', 10),
(34, '完善收入分配制度', 'Improve the income distribution system', 10),
(35, '推动教育优质均衡发展', 'Promote high-quality, balanced development of education', 10),
(36, '健全社会保障体系', 'Improve the social security system', 10),
(37, '推进群众安居宜居', 'Help residents live in secure and livable homes', 10),
(38, '加快建设健康青浦', 'Accelerate building a Healthy Qingpu', 10),
(39, '实施积极的人口政策', 'Implement a proactive population policy', 10),
(40, '稳步推进基本公共服务均等化', 'Steadily advance equal access to basic public services', 10),
(41, '高标准建设世界级湖区', 'Build a world-class lake district to high standards', 11),
(42, '持续改善生态环境治理', 'Keep improving ecological and environmental governance', 11),
(43, '推动绿色低碳转型发展', 'Promote the green and low-carbon transition', 11),
(44, '探索生态产品价值实现机制', 'Explore mechanisms for realizing the value of ecological products', 11),
(45, '加强国家安全体系和能力建设', 'Strengthen the national security system and capacity', 12),
(46, '加强韧性安全城市建设', 'Strengthen the building of a resilient and safe city', 12),
(47, '提升党建引领基层治理质效', 'Improve the quality and effectiveness of Party-building-led community-level governance', 12),
(48, '提高党领导经济社会发展能力和水平', 'Raise the Party''s capacity and level in leading economic and social development', 13),
(49, '推进社会主义民主法治建设', 'Advance socialist democracy and the rule of law', 13),
(50, '充分调动全区各方面的积极性主动性创造性', 'Fully mobilize the enthusiasm, initiative and creativity of all sectors of the district', 13);
