// The laws the shipped templates cite, for the demo's law registry: title, 文号 they were made
// under, issuer, level and effective date, with the articles the templates quote (their text taken
// from the templates, so registry and citations agree). Citations of other laws stay free text.
import type { Law } from '../../domain/law';

type DemoLaw = Omit<Law, 'articles'>;

export const DEMO_LAWS: DemoLaw[] = [
	{
		id: 'administrative-licensing-law',
		title: '中华人民共和国行政许可法',
		docNumber: '中华人民共和国主席令第七号',
		issuer: '全国人民代表大会常务委员会',
		level: 'law',
		effectiveOn: '2004-07-01'
	},
	{
		id: 'construction-law',
		title: '中华人民共和国建筑法',
		docNumber: '中华人民共和国主席令第九十一号',
		issuer: '全国人民代表大会常务委员会',
		level: 'law',
		effectiveOn: '1998-03-01'
	},
	{
		id: 'construction-permit-measures',
		title: '建筑工程施工许可管理办法',
		docNumber: '住房和城乡建设部令第18号',
		issuer: '住房和城乡建设部',
		level: 'departmental-rule',
		effectiveOn: '2014-10-25'
	},
	{
		id: 'food-safety-law',
		title: '中华人民共和国食品安全法',
		docNumber: '中华人民共和国主席令第二十一号',
		issuer: '全国人民代表大会常务委员会',
		level: 'law',
		effectiveOn: '2015-10-01'
	},
	{
		id: 'food-safety-law-regulation',
		title: '中华人民共和国食品安全法实施条例',
		docNumber: '国务院令第721号',
		issuer: '国务院',
		level: 'administrative-regulation',
		effectiveOn: '2019-12-01'
	},
	{
		id: 'food-business-licensing-measures',
		title: '食品经营许可和备案管理办法',
		docNumber: '国家市场监督管理总局令第78号',
		issuer: '国家市场监督管理总局',
		level: 'departmental-rule',
		effectiveOn: '2023-12-01'
	},
	{
		id: 'market-entity-registration-regulation',
		title: '中华人民共和国市场主体登记管理条例',
		docNumber: '国务院令第746号',
		issuer: '国务院',
		level: 'administrative-regulation',
		effectiveOn: '2022-03-01'
	},
	{
		id: 'market-entity-registration-rules',
		title: '中华人民共和国市场主体登记管理条例实施细则',
		docNumber: '国家市场监督管理总局令第52号',
		issuer: '国家市场监督管理总局',
		level: 'departmental-rule',
		effectiveOn: '2022-03-01'
	},
	{
		id: 'individual-business-regulation',
		title: '促进个体工商户发展条例',
		docNumber: '国务院令第755号',
		issuer: '国务院',
		level: 'administrative-regulation',
		effectiveOn: '2022-11-01'
	},
	{
		id: 'social-assistance-measures',
		title: '社会救助暂行办法',
		docNumber: '国务院令第649号',
		issuer: '国务院',
		level: 'administrative-regulation',
		effectiveOn: '2014-05-01'
	},
	{
		id: 'urban-minimum-living-regulation',
		title: '城市居民最低生活保障条例',
		docNumber: '国务院令第271号',
		issuer: '国务院',
		level: 'administrative-regulation',
		effectiveOn: '1999-10-01'
	},
	{
		id: 'minimum-living-confirmation-measures',
		title: '最低生活保障审核确认办法',
		docNumber: '民发〔2021〕57号',
		issuer: '民政部',
		level: 'normative-document',
		effectiveOn: '2021-07-01'
	},
	{
		id: 'public-place-hygiene-regulation',
		title: '公共场所卫生管理条例',
		docNumber: '国发〔1987〕24号',
		issuer: '国务院',
		level: 'administrative-regulation',
		effectiveOn: '1987-04-01'
	},
	{
		id: 'public-place-hygiene-rules',
		title: '公共场所卫生管理条例实施细则',
		docNumber: '卫生部令第80号',
		issuer: '卫生部',
		level: 'departmental-rule',
		effectiveOn: '2011-05-01'
	},
	{
		id: 'social-insurance-law',
		title: '中华人民共和国社会保险法',
		docNumber: '中华人民共和国主席令第三十五号',
		issuer: '全国人民代表大会常务委员会',
		level: 'law',
		effectiveOn: '2011-07-01'
	},
	{
		id: 'wild-plants-regulation',
		title: '中华人民共和国野生植物保护条例',
		docNumber: '国务院令第204号',
		issuer: '国务院',
		level: 'administrative-regulation',
		effectiveOn: '1997-01-01'
	},
	{
		id: 'license-separation-notice',
		title: '国务院关于深化“证照分离”改革进一步激发市场主体发展活力的通知',
		docNumber: '国发〔2021〕7号',
		issuer: '国务院',
		level: 'normative-document',
		effectiveOn: '2021-07-01'
	}
];
