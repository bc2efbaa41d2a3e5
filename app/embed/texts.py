"""The embed kit's own words (not the article's), in Chinese and English."""

from app.vocabulary import Lang

TEXTS: dict[str, dict[Lang, str]] = {
    "derived": {"zh": "推算", "en": "derived"},
    "undated": {"zh": "原文未注明时间", "en": "Not dated in the article"},
    "in_article": {"zh": "原文", "en": "In the article"},
    "cite": {"zh": "引用", "en": "Cite"},
    "by": {"zh": "文／", "en": "by "},
    "source": {"zh": "来源", "en": "Source"},
    "citation_link": {"zh": "查看引文", "en": "Citation"},
    "timeline_title": {"zh": "昌都：报道中的大事记", "en": "Qamdo: milestones in the feature"},
    "timeline_intro": {
        "zh": "按时间排列；日期精确到原文所给的年、月或日，“推算”表示原文未直说。",
        "en": "In date order, as precise as the article is (year, month or day); “derived” marks a date "
        "the article does not state outright.",
    },
    "open_ended": {
        "zh": "虚线箭头：原文说“以上”或“余/多”，实际数值可能更大。",
        "en": "Dashed arrow: the article says “more than” or “at least”; the true figure may be larger.",
    },
    "range_note": {
        "zh": "浅色部分：原文给出的区间上限。",
        "en": "Lighter part: the upper end of the range the article gives.",
    },
    "gallery_title": {"zh": "changdu-facts 嵌入组件", "en": "changdu-facts embeds"},
    "gallery_intro": {
        "zh": "报道《砥砺奋进七十载 乘风扬帆谱新篇》（周婷婷）中的数据，可嵌入任何网站：每个数据卡、"
        "大事记和图表都有可复制的 iframe 代码、静态 SVG 图片和 oEmbed 地址。署名与引文始终显示，"
        "不可关闭。",
        "en": "Figures from the feature “Seventy Years of Forging Ahead” (《砥砺奋进七十载 乘风扬帆谱新篇》) "
        "by Zhou Tingting (周婷婷), ready to embed on any site: every statistic card, the timeline and "
        "each chart has a copy-paste iframe, a static SVG image and an oEmbed URL. The attribution and "
        "citation are always shown and cannot be switched off.",
    },
    "gallery_options": {
        "zh": "参数：lang=zh|en（语言，默认中文或按 Accept-Language），theme=light|dark|auto"
        "（配色，auto 跟随系统深浅色）。",
        "en": "Options: lang=zh|en (language; default Chinese, or what Accept-Language prefers), "
        "theme=light|dark|auto (colours; auto follows the reader's light or dark setting).",
    },
    "gallery_resize": {
        "zh": "嵌入页加载和尺寸变化时会向上级页面发送 postMessage 消息 "
        '{type: "changdu-facts:resize", height, slug}。'
        "把下面的脚本放进您页面的 <head>（在 iframe 之前）一次，iframe 就会自动适应高度：",
        "en": "Each embed tells its host page its height with postMessage "
        '{type: "changdu-facts:resize", height, slug} on load and whenever it resizes. Put this script '
        "once in your page's <head> (before the iframes) and the iframes fit their content:",
    },
    "switch_lang": {"zh": "English", "en": "中文"},
    "cards": {"zh": "数据卡", "en": "Statistic cards"},
    "timeline": {"zh": "大事记", "en": "Timeline"},
    "charts": {"zh": "图表", "en": "Charts"},
    "preview": {"zh": "预览", "en": "Preview"},
    "iframe_snippet": {"zh": "iframe 代码", "en": "iframe snippet"},
    "svg_snippet": {"zh": "静态图片（SVG）", "en": "Static image (SVG)"},
    "oembed_snippet": {"zh": "oEmbed 地址", "en": "oEmbed URL"},
    "chart_name": {"zh": "图表名", "en": "Chart name"},
    "figures": {"zh": "数据", "en": "Figures"},
    "paragraph": {"zh": "原文第{n}段", "en": "Article, para. {n}"},
    "get_data": {"zh": "下载这些数据（CSV）", "en": "Get the data (CSV)"},
    "copy": {"zh": "复制", "en": "Copy"},
    "copied": {"zh": "已复制", "en": "Copied"},
    "png_download": {"zh": "下载 PNG 图片（微信、印刷）", "en": "Download PNG (WeChat, print)"},
    "missing_title": {"zh": "该数据已不再提供", "en": "This figure is no longer available"},
    "missing_text": {
        "zh": "此处嵌入的数据或图表已从数据集中移除或更名。",
        "en": "The figure or chart embedded here has been removed from the dataset or renamed.",
    },
    "missing_link": {"zh": "在组件库中查看全部数据", "en": "See every figure in the gallery"},
    "milestones": {"zh": "{first}至{last}的{count}件大事", "en": "{count} milestones, {first} to {last}"},
    "editor_note": {"zh": "编者注", "en": "Editor's note"},
    "corrected_on": {"zh": "{date} 更正", "en": "Corrected on {date}"},
}


def t(key: str, lang: Lang) -> str:
    """The interface text `key` in `lang`."""
    return TEXTS[key][lang]
