"""Detect runs of non-Latin script and the language tag they most likely carry."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Script:
    """A Unicode script: its character class, default language tag and direction."""

    name: str
    chars: str
    lang: str
    rtl: bool = False
    code: str = ""       # ISO 15924, for 'und-Ethi' when the language cannot be told


# Variants as data (ranges from the Unicode Scripts.txt blocks). Order matters only for speed.
SCRIPTS: tuple[Script, ...] = (
    Script("Han", "\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf"
           "\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f", "zh", code="Hani"),
    Script("Kana", "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f", "ja", code="Kana"),
    Script("Hangul", "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af", "ko", code="Hang"),
    Script("Arabic", "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff", "ar", True, code="Arab"),
    Script("Hebrew", "\u0590-\u05ff\ufb1d-\ufb4f", "he", True, code="Hebr"),
    Script("Syriac", "\u0700-\u074f", "syr", True, code="Syrc"),
    Script("Thaana", "\u0780-\u07bf", "dv", True, code="Thaa"),
    Script("Cyrillic", "\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f", "ru", code="Cyrl"),
    Script("Greek", "\u0370-\u03ff\u1f00-\u1fff", "el", code="Grek"),
    Script("Armenian", "\u0530-\u058f", "hy", code="Armn"),
    Script("Georgian", "\u10a0-\u10ff\u2d00-\u2d2f", "ka", code="Geor"),
    Script("Devanagari", "\u0900-\u097f", "hi", code="Deva"),
    Script("Bengali", "\u0980-\u09ff", "bn", code="Beng"),
    Script("Gurmukhi", "\u0a00-\u0a7f", "pa", code="Guru"),
    Script("Gujarati", "\u0a80-\u0aff", "gu", code="Gujr"),
    Script("Tamil", "\u0b80-\u0bff", "ta", code="Taml"),
    Script("Telugu", "\u0c00-\u0c7f", "te", code="Telu"),
    Script("Kannada", "\u0c80-\u0cff", "kn", code="Knda"),
    Script("Malayalam", "\u0d00-\u0d7f", "ml", code="Mlym"),
    Script("Sinhala", "\u0d80-\u0dff", "si", code="Sinh"),
    Script("Thai", "\u0e00-\u0e7f", "th", code="Thai"),
    Script("Lao", "\u0e80-\u0eff", "lo", code="Laoo"),
    Script("Tibetan", "\u0f00-\u0fff", "bo", code="Tibt"),
    Script("Myanmar", "\u1000-\u109f", "my", code="Mymr"),
    Script("Ethiopic", "\u1200-\u139f", "am", code="Ethi"),
    Script("Khmer", "\u1780-\u17ff", "km", code="Khmr"),
    Script("Mongolian", "\u1800-\u18af", "mn-Mong", code="Mong"),
)

# Letters that single out a language within a shared script.
_ARABIC_LANGS = (("ug", "ۈۇۋېىۆڭھ"), ("ur", "ٹڈڑےںۓ"), ("ps", "ټډړږښځڅ"), ("fa", "پچژگکی"))
_RUSSIAN = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
_CYRILLIC_LANGS = (("uk", "іїєґІЇЄҐ"), ("be", "ўЎ"), ("sr", "ђћџљњЂЋЏЉЊ"), ("kk", "әғқңөұүһӘҒҚҢӨҰҮҺ"),
                   ("mn", "өүӨҮ"), ("bg", "ъЪ"))
# Frequent characters that exist only in the Simplified or only in the Traditional set.
_SIMPLIFIED = set("们这会时说为来对发东义军书长门马龙华区产见气进开关经实问学团边击战与万乡亲兴运过动县国"
                  "隶临丰乐习乱争亚仅从众优伤伦伪体余侠侣侥侦侧侨侬俭债倾偿储儿党兰关兴兹养兽冯冲决况冻净凉减凑"
                  "凤凭凯击划刘则刚创删别刹剂剑剧劝办务动励劲劳势勋匀华协单卖卢卫却厂厅历厉压厌县参双变叙叶号叹"
                  "吗吕吴呐员呜咏响哑唤啬团园围图圆圣场坏块坚坛坝坟坠垄垒垦垫执报墙壮声壳处备复够头夹夺奋奖妇妈"
                  "娄娱孙宁它实宠审宪宫宽宾对寻导寿将尔尘尝层属岁岂岗岛岭峡币帅师帐带帮广庄庆库应庙废开异弃张弥"
                  "弯弹强归当录彻径忆志忧怀态怜总恋恶恳恼悬惊惩惫惯愤愿戏战户扑执扩扫扬扰抚抛护报担拟拢拣拥择挂"
                  "挚挡挤挥损换据掳掷揽搁携摄摆摇摊撑敌数斋断无旧时旷昼显晋晒晓晕暂术机杀杂权条来杨极构枪柜标栋"
                  "树样档桥梦检棂椭楼榄横欢欧毁毕毙气汇汉汤沟没沪泪泽洁洒浅浆浇测济浑浓涂涛涝润涨渊渐渔温湾湿满"
                  "滚滞滤滥滩潜灭灯灵灾灿炉点炼烂烛烟烦烧热焕爱爷牵犹狈独狭狮猎猪献环现玛珐琐琼瓯电画畅疗疟疮疯"
                  "痒痨痴瘾癣皑盏盐监盖盘眯着睁矫矿码砖础硕确碍礼祸离种积称稳穷窃窍窑窜窝竞笔笼筑筛签简粮纠红纪"
                  "约级纯纲纳纵纷纸纹纺线练组细织终绍经绑结绕绘给络绝统继绩绪续绳维绵综绿缓编缘缚缝缩缴罗罚罢职"
                  "联聪肃肠肤肿胀胁胆胜脉脏脑舰艰艺节芜芦苏苹范荐荡荣药莱获营萧萨蓝虏虑虽虾蚀蚁蛮补衬袭装见观规"
                  "视览觉触誉计订认讨让训议讯记讲许论设访证评识诉诊词译试诗诚话诞询该详语误说请诸读课谁调谈谊谋"
                  "谓谢谣谦谨谱谷贝贞负贡财责贤败货质贩贪贫购贯贵贷贸费贺资赏赔赖赚赛赞赠赵赶趋跃践踪车轨转轮软"
                  "轰轻载较辅辆辈辉辑输辞辩边辽达迁过迈运还这进远违连迟适选逊递逻遗邓邮邻郑酝酱释里鉴针钟钢钱铁"
                  "铜铭银铺链销锁锅锋错锡锦键锻镇镜长门闪闭问闯闲间闷闹闻阀阁阅阔队阳阴阵阶际陆陈陕险随隐难雾霸"
                  "静韩页顶项顺须顾顿颁颂预领频颗题颜额风飘飞饥饭饮饰饱饿馆首马驱驶驻驾验骂骑骗骚骤鱼鲁鲜鸟鸡鸣"
                  "鸭鸿鹅鹤麦黄齐齿龄龙龟")
_TRADITIONAL = set("們這會時說為來對發東義軍書長門馬龍華區產見氣進開關經實問學團邊擊戰與萬鄉親興運過動縣國"
                   "隊隸臨豐樂習亂爭亞僅從眾優傷倫偽體餘俠侶僥偵側僑儂儉債傾償儲兒黨蘭養獸馮衝決況凍淨涼減湊"
                   "鳳憑凱劃劉則剛創刪別剎劑劍劇勸辦務勵勁勞勢勳勻協單賣盧衛卻廠廳歷厲壓厭參雙變敘葉號嘆"
                   "嗎呂吳吶員嗚詠響啞喚嗇園圍圖圓聖場壞塊堅壇壩墳墜壟壘墾墊執報牆壯聲殼處備復夠頭夾奪奮獎婦媽"
                   "婁娛孫寧實寵審憲宮寬賓尋導壽將爾塵嘗層屬歲豈崗島嶺峽幣帥師帳帶幫廣莊慶庫應廟廢異棄張彌"
                   "彎彈強歸當錄徹徑憶誌憂懷態憐總戀惡懇惱懸驚懲憊慣憤願戲戶撲擴掃揚擾撫拋護擔擬攏揀擁擇掛"
                   "摯擋擠揮損換據擄擲攬擱攜攝擺搖攤撐敵數齋斷無舊曠晝顯晉曬曉暈暫術機殺雜權條楊極構槍櫃標棟"
                   "樹樣檔橋夢檢櫺橢樓欖橫歡歐毀畢斃匯漢湯溝沒滬淚澤潔灑淺漿澆測濟渾濃塗濤澇潤漲淵漸漁溫灣濕滿"
                   "滾滯濾濫灘潛滅燈靈災燦爐點煉爛燭煙煩燒熱煥愛爺牽猶狽獨狹獅獵豬獻環現瑪琺瑣瓊甌電畫暢療瘧瘡瘋"
                   "癢癆癡癮癬皚盞鹽監蓋盤瞇睜矯礦碼磚礎碩確礙禮禍離種積稱穩窮竊竅窯竄窩競筆籠築篩簽簡糧糾紅紀"
                   "約級純綱納縱紛紙紋紡線練組細織終紹綁結繞繪給絡絕統繼績緒續繩維綿綜綠緩編緣縛縫縮繳羅罰罷職"
                   "聯聰肅腸膚腫脹脅膽勝脈臟腦艦艱藝節蕪蘆蘇蘋範薦蕩榮藥萊獲營蕭薩藍虜慮雖蝦蝕蟻蠻補襯襲裝觀規"
                   "視覽覺觸譽計訂認討讓訓議訊記講許論設訪證評識訴診詞譯試詩誠話誕詢該詳語誤請諸讀課誰調談誼謀"
                   "謂謝謠謙謹譜貝貞負貢財責賢敗貨質販貪貧購貫貴貸貿費賀資賞賠賴賺賽贊贈趙趕趨躍踐蹤車軌轉輪軟"
                   "轟輕載較輔輛輩輝輯輸辭辯遼達遷邁還遠違連遲適選遜遞邏遺鄧郵鄰鄭醞醬釋裡鑑針鐘鋼錢鐵"
                   "銅銘銀鋪鏈銷鎖鍋鋒錯錫錦鍵鍛鎮鏡閃閉闖閒間悶鬧聞閥閣閱闊陽陰陣階際陸陳陝險隨隱難霧霸"
                   "靜韓頁頂項順須顧頓頒頌預領頻顆題顏額風飄飛飢飯飲飾飽餓館驅駛駐駕驗罵騎騙騷驟魚魯鮮鳥雞鳴"
                   "鴨鴻鵝鶴麥黃齊齒齡龜畝營禦")

_CLASSES = [(s, re.compile(f"[{s.chars}]")) for s in SCRIPTS]
# A run of one script may contain spaces and neutral punctuation between its letters.
_NEUTRAL = r"\s\u200c\u200d\u0640\u00b7\u30fb\u3000-\u3004\u300c-\u301f\uff01-\uff0f\u060c\u061b\u061f\u06d4"
_RUN = re.compile("|".join(f"(?P<s{i}>[{s.chars}](?:[{s.chars}{_NEUTRAL}'’-]*[{s.chars}])?)"
                           for i, s in enumerate(SCRIPTS)))


@dataclass(frozen=True)
class Run:
    """A run of text in one non-Latin script, with its language tag."""

    start: int
    end: int
    text: str
    lang: str
    rtl: bool
    script: Script | None = None
    guessed: bool = False     # the script's default language, not told by a label or letters


def runs(text: str, han: str = "zh") -> list[Run]:
    """Find every non-Latin-script run in `text`, tagged with a BCP 47 language: the language
    its label names ('Xiao'erjing: …', 'Tigrinya: …'), else one guessed from its letters.

    `han` is the tag for Chinese runs with no character peculiar to one writing system."""
    out = []
    for m in _RUN.finditer(text):
        script = SCRIPTS[int(m.lastgroup[1:])]
        labelled = label_before(text[max(0, m.start() - 40):m.start()])
        lang = labelled or language(m.group(), script, han)
        out.append(Run(m.start(), m.end(), m.group(), lang, script.rtl, script,
                       not labelled and lang == script.lang))
    return out


def han_variant(text: str) -> str:
    """The Chinese writing system a whole text uses: zh-Hant, zh-Hans or plain zh."""
    trad = sum(c in _TRADITIONAL for c in text)
    simp = sum(c in _SIMPLIFIED for c in text)
    return "zh-Hant" if trad > simp else "zh-Hans" if simp else "zh"


def language(run: str, script: Script, han: str = "zh") -> str:
    """Guess the language of a run from letters peculiar to one language of its script."""
    if script.name == "Arabic":
        return next((lang for lang, letters in _ARABIC_LANGS if any(c in letters for c in run)), "ar")
    if script.name == "Cyrillic":
        told = next((lang for lang, letters in _CYRILLIC_LANGS if any(c in letters for c in run)), None)
        if told:
            return told
        return "ru" if all(c in _RUSSIAN for c in run if c.isalpha()) else "und-Cyrl"
    if script.name == "Han":
        if any(c in _SIMPLIFIED for c in run):
            return "zh-Hans"
        return "zh-Hant" if any(c in _TRADITIONAL for c in run) else han
    return script.lang


def lang_of(text: str) -> str | None:
    """The language of the first non-Latin run in `text`, or None if it is all Latin."""
    found = runs(text)
    return found[0].lang if found else None


def is_foreign(text: str) -> bool:
    """True when `text` contains any non-Latin-script letters."""
    return _RUN.search(text) is not None


# Labels that name a script or a romanisation rather than a language ('Xiao'erjing: …'): BCP 47.
SCRIPT_LABELS = {
    "xiao'erjing": "zh-Arab", "xiaoerjing": "zh-Arab", "pinyin": "zh-Latn-pinyin",
    "hanyu pinyin": "zh-Latn-pinyin", "wade–giles": "zh-Latn-wadegile",
    "wade-giles": "zh-Latn-wadegile", "jyutping": "yue-Latn-jyutping",
    "traditional chinese": "zh-Hant", "simplified chinese": "zh-Hans", "hanja": "ko-Hani",
    "hangul": "ko-Hang", "kanji": "ja-Hani", "hepburn": "ja-Latn-hepburn", "romaji": "ja-Latn",
    "rōmaji": "ja-Latn", "revised romanization": "ko-Latn", "mccune–reischauer": "ko-Latn",
    "mccune-reischauer": "ko-Latn",
}
# Labels langcodes would misread: not languages in an encyclopedia article's parentheses.
_NOT_LANGUAGES = {"english", "note", "notes", "total", "result", "date", "place"}
_LABEL_WORD = r"[A-Z][\w'’]*(?:[ –-][A-Z][\w'’]*)?"
_LABEL_BEFORE = re.compile(rf"(?<![\w'’])({_LABEL_WORD}):\s*$")


@lru_cache(maxsize=512)
def language_tag(label: str) -> str | None:
    """The BCP 47 tag a label names ('Finnish' -> 'fi', 'Xiao'erjing' -> 'zh-Arab'), or None.

    langcodes knows the language names; the table adds scripts and romanisations."""
    key = label.strip().casefold()
    if key in SCRIPT_LABELS:
        return SCRIPT_LABELS[key]
    if key in _NOT_LANGUAGES or len(key) < 3:
        return None
    import langcodes
    try:
        return str(langcodes.find(label.strip()))
    except LookupError:
        return None


def label_before(text: str) -> str | None:
    """The language a 'Label: ' right before the end of `text` names, if any."""
    m = _LABEL_BEFORE.search(text)
    return language_tag(m.group(1)) if m else None


# A Latin-script word labelled with its language ("Finnish: talvisota"): tagged when the label is
# a language (language_tag) and the value has letters.
LABELLED = re.compile(rf"(?<![\w'’])({_LABEL_WORD}):\s+([^\W\d_][^;,()“”\"<>&]*?)(?=\s*(?:[;,)]|$))")
