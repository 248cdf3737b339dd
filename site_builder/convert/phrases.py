"""Boilerplate phrase lists (several languages): page furniture, blocks that end an article, credits.

These are the phrases web pages use for their furniture, not strings taken from sample articles.
Each pattern says why a line matching it is not reporting; the reason is shown to the curator.
"""
from __future__ import annotations

import re
from collections.abc import Callable

_I = re.IGNORECASE

# The labels of share buttons; a line of nothing but these is a row of buttons ("Share on Facebook  Share on X  Email").
_SHARE_BUTTON = (
    r"(?:share (?:on|via|by|with) [\w-]+|share this(?: on \w+)?|share|tweet|post|pin|e-?mail|print|whatsapp|facebook|twitter|x|linkedin"
    r"|reddit|pinterest|telegram|flipboard|copy link|mix|instagram|youtube|sharing is caring!?|send (?:us )?(?:a )?tip|save"
    r"|listen(?: to (?:this|the) (?:article|story))?(?: \(\d+ min\w*\.?\))?|download(?: as)? pdf"
    r"|compartir|imprimir|correo|teilen|drucken|partager|imprimer|courriel|condividi|stampa|compartilhe"
    # a language switcher's links
    r"|english|español|français|deutsch|português|italiano|polski|nederlands|svenska|norsk|dansk|suomi|türkçe)"
)

# Lines that close the article when they follow its text: what comes after them is related
# links, comments or footer (boilerpipe's "terminating blocks"). Whole-line matches only.
_TERMINATORS = re.compile(
    r"^(?:"
    r"related(?: articles?| posts?| stories| news| content| coverage| galleries| videos?| topics| links| reading)?"
    r"|more (?:from|on|in|about|stories|news|articles)\b.{0,40}|you (?:may|might) (?:also )?(?:like|enjoy|be interested in).{0,20}"
    r"|recommended(?: for you| stories| articles| reading)?|(?:also|don'?t miss|must) read|what to read next"
    r"|read (?:more|next)(?: stories| articles)?|most (?:popular|read|viewed|shared)(?: stories| articles)?|trending(?: now| stories)?"
    r"|popular (?:posts|stories|articles)|latest(?: \w+)? (?:news|stories|posts|articles|headlines|videos)|top stories"
    r"|(?:leave|post|add|write|submit) a (?:reply|comment)(?: cancel reply)?|\d+ (?:comments?|responses?|replies)"
    r"|(?:\d+|one) (?:comments?|responses?|replies|thoughts) (?:to|on)\b.{0,60}|comments are closed"
    r"|comments?(?: \(\d+\))?|show comments|view comments|join the (?:discussion|conversation)|view the discussion thread"
    r"|about the author|share (?:this|the) (?:article|story|post)|tags?|filed under|sponsored(?: content| stories)?|-* ?ends ?-*|###|notes? (?:to|for) editors|media (?:contacts?|enquiries|inquiries)|press contacts?"
    r"|(?:artículos|noticias|notas) relacionad[ao]s|te puede interesar|comentarios|(?:leia|veja) também|comentários"
    r"|(?:ähnliche|weitere) (?:artikel|beiträge|themen)|das könnte sie auch interessieren|kommentare"
    r"|(?:à )?lire aussi|articles similaires|sur le même sujet|commentaires|articoli correlati|leggi anche|commenti"
    r"|gerelateerde artikelen|lees ook|reacties|похожие (?:статьи|новости)|читайте также|комментарии"
    r"|sobre o autor|sobre a autora|sobre el autor|über den autor|über die autorin|à propos de l'auteur|об авторе"
    r"|関連(?:する)?記事|関連エントリー?|人気記事|おすすめ記事|新着記事|最新記事|コメント(?:を書く|する)?|タグ"
    r"|相[关關](?:文章|[阅閱][读讀]|新[闻聞])|推[荐薦][阅閱][读讀]|[热熱][门門]文章|[评評][论論]|[发發]表[评評][论論]|[标標][签籤]"
    r"|관련 ?(?:기사|뉴스)|인기 ?기사|많이 본 ?기사|댓글|태그"
    r")\s*[:：.!»›>]*$"
)
# The headings that open a page's comments ("34 responses to “Headline”", "Leave a Reply"): after the text,
# what follows them is readers' words, however much it reads like prose. A lone "Comments" is not one
# (a share bar's button says it too).
_COMMENTS_HEADING = re.compile(
    r"^(?:(?:\d+|one|no) (?:comments?|responses?|replies|thoughts)(?: (?:to|on)\b.{0,120})?"
    r"|(?:leave|post|add|write|submit) a (?:reply|comment)(?: cancel reply)?|comments are closed|(?:show|view|read) (?:all )?comments"
    r"|join the (?:discussion|conversation)|deja un comentario|deixe um comentário|kommentar schreiben|laisser un commentaire"
    r"|lascia un commento|оставьте комментарий|コメントを書く|[发發]表[评評][论論]|댓글 ?쓰기)\s*[:.!»›>…]*$"
)
# A company's description of itself (a press release's "About Acme" paragraph, with or without that heading):
# its name, "is a/an/the", and what such a company calls itself, in the same sentence.
_COMPANY = r"[A-Z][\w&.'’+-]*(?:,? (?:[A-Z&(][\w&.'’+)-]*|of|de|and))*?"
_COMPANY_BOILERPLATE = re.compile(
    rf"^(?:(?i:about) {_COMPANY}\s*[:.–—-]\s*)?(?!(?:It|This|That|He|She|They|We|There|Here|What|Which|Who)\b){_COMPANY},? (?:is|are) (?:(?:a|an|the|one of the)\b[^.]{{0,80}}?"
    r"\b(?:company|companies|provider|supplier|manufacturer|maker|firm|developer|operator|group|platform|brand|retailer|publisher"
    r"|bank|insurer|agency|organi[sz]ation|network|specialist|producer|distributor|consultancy|leader|pioneer)s?\b|headquartered in\b)"
)
# The words _COMMENTS_HEADING's lines open with, as their keys have them (a cheap test before the pattern).
_COMMENTS_HEADING_OPENINGS = (
    *"0123456789", "one ", "no ", "leave ", "post ", "add ", "write ", "submit ", "comments are", "show ", "view ", "read ", "join ",
    "deja ", "deixe ", "kommentar", "laisser ", "lascia ", "оставьте", "コメント", "发表", "發表", "댓글",
)
# An author box's heading after the text: "About Jane Doe", "Über Jane Doe" (a name: two to four capitalised
# words; "About Us" is a menu item).
_AUTHOR_BOX = re.compile(
    r"^(?:about|über|sobre|à propos de|acerca de|informazioni su) (?!(?:our|the|this|us|me)\b)(?-i:[A-Z][\w'’.-]*)(?: (?-i:[A-Z][\w'’.-]*)){1,3}$", _I
)

_AUTHOR_BOX_OPENINGS = ("about ", "über ", "sobre ", "à propos ", "acerca ", "informazioni ")

# A counter: a page's tally of views, comments, shares, likes, photos or reading time ("14,208 views",
# "Comments (12)", "23 comentarios", "Share 31", "5 min read", "Lesezeit: 3 Min.", "Photo 3 of 12", "💬 87").
# A number: "14,208", "14.2K", "14 208" (a space between thousands).
_COUNT = r"\d(?:[\d.,]|\s(?=\d{3}\b))*(?:\s?[km]\b)?"
# What a number counts, after it (lower-cased; English, Spanish, Portuguese, French, German, Italian, Polish,
# Dutch, Swedish, Danish, Norwegian, Finnish).
_COUNTED = (
    r"(?:page ?)?views?|reads?|comments?|shares?|likes?|replies|reply|responses?|reactions?|visits?|photos?|images?|pictures?"
    r"|videos?|slides?|followers?|fans?|claps?|retweets?|reposts?|min(?:ute)?s?\.?[\s-]read(?:ing)?(?: time)?"
    r"|comentarios?|comentários?|visitas?|vistas|lecturas?|leituras?|visualizaciones|visualizações|reproducciones|compartidos"
    r"|partilhas|compartilhamentos|curtidas|me gusta|fotos?|imágenes|imagens|vídeos?|respuestas?|respostas?|seguidores"
    r"|min(?:utos?)?\.? de (?:lectura|leitura)"
    r"|commentaires?|vues|lectures|partages|j['’]aime|réactions|réponses?|vidéos?|abonnés|min(?:utes?)?\.? de lecture"
    r"|kommentare?|aufrufe|ansichten|mal (?:gelesen|geteilt)|geteilt|gefällt mir|bilder|antworten|reaktionen|min(?:uten)?\.? lesezeit"
    r"|commenti|commento|visualizzazioni|letture|condivisioni|mi piace|immagini|video|risposte|min(?:uti|uto)?\.? di lettura"
    r"|komentarz[eya]?|wyświetle(?:ń|nia)|odsło(?:n|ny|na)|udostępnie(?:ń|nia)|polubie(?:ń|nia)|zdję(?:cia|ć|cie)|odpowiedzi"
    r"|min(?:ut|uty)?\.? czytania"
    r"|reacties?|weergaven|keer (?:bekeken|gelezen|gedeeld)|vind-ik-leuks?|foto's|afbeeldingen|video's|min(?:uten|uut)?\.? leestijd"
    r"|kommentarer|kommentar|visningar|visninger|läsningar|delningar|delinger|billeder|foton|kommenttia|kommentit|näyttökertaa"
    r"|lukukertaa|kuvaa|min(?:uter|utter)?\.? (?:läsning|lästid|lesetid|læsetid|lesing|læsning)"
)
# The label of a tally, before its number ("Views: 14,208", "Comments (12)", "Share 31", "Reading time: 6 minutes").
_TALLY_LABEL = (
    r"(?:(?:show|view|see|read)(?: all| more| new)? )?(?:(?:page ?)?views?|reads|comments?|shares?|share|likes?|replies|reactions"
    r"|photos|videos|visits|all|comentarios|comentários|commentaires|kommentare|commenti|komentarze|reacties|kommentarer|kommentit"
    r"|visualizaciones|visualizações|vues|aufrufe|visualizzazioni|wyświetlenia|odsłony|weergaven|visningar|visninger|compartir"
    r"|compartilhar|partilhar|partager|teilen|condividi|udostępnij|delen|dela|me gusta|j['’]aime|gefällt mir|mi piace|lubię to"
    r"|vind ik leuk|gilla|liker|tykkää)"
    r"|(?:reading|read|reading time|read time|tempo de leitura|tiempo de lectura|lectura|leitura|temps de lecture|lecture|lesezeit"
    r"|lesedauer|tempo di lettura|lettura|czas czytania|czas lektury|leestijd|lästid|lesetid|læsetid|lukuaika)"
    r"(?=[\s:]*(?:ca\.?|about|approx\.?|~)?\s?\d[^\s]*\s?min)"
)
_MINUTES = r"(?:\s?min[^\s\d|•·/]*)?"  # "min", "min.", "minutes", "minuto", "Minuten", "minuti", "minut", "minutter"
# "Photo 3 of 12", "Image 1 of / 8", "Foto 3 de 12", "Bild 3 von 12", "Zdjęcie 3 z 12".
_SLIDE = (
    r"(?:photo|image|picture|slide|foto|imagen|imagem|immagine|bild|billede|zdjęcie|afbeelding|kuva)s?\s?\d+\s?"
    r"(?:of|de|von|sur|di|z|van|av|af)?\s?/?\s?\d+"
)
# An icon ("💬", "👁", "[✉]", "[f]"): a symbol or pictograph, or a letter or symbol in brackets.
_ICON = r"(?:[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+|\[(?:\w|[\u2190-\u2bff\U0001f000-\U0001faff])\])"
_TALLY = (
    rf"(?:\(?{_COUNT}[\s-]?(?:{_COUNTED})\)?|(?:{_TALLY_LABEL})\s?[:(]?\s?(?:ca\.?\s|about\s|approx\.?\s|~)?{_COUNT}{_MINUTES}\)?"
    rf"|{_ICON}\s?{_COUNT}|{_SLIDE})"
)
# What may stand beside a tally in a row of them: icons, share buttons, follow and comment links.
_BESIDE_TALLY = (
    rf"(?:{_ICON}|{_SHARE_BUTTON}|follow|like|comment|reply|(?:log|sign) ?in to (?:comment|reply|join the (?:discussion|conversation)))"
)
# A row of tallies and what stands beside them, each followed by a separator (the row is matched with a space
# added at its end): it has a tally when the group `tally` took part (each written once, as compiling is dear).
_TALLIES = re.compile(rf"[\s|•·]*(?:(?:(?P<tally>{_TALLY})|{_BESIDE_TALLY})(?:\s*[|/•·.]\s*|\s+))+")
# A post's details line: the parts a blog sets apart with bars, slashes or dots, one of them a tally
# ("Posted in News | 9 comments", "October 12, 2018 / 0 Comments / in Updates / by admin").
_DETAILS_SEPARATOR = re.compile(r"\s[|/•·]\s")
_DETAILS_PARTS = 6
_COUNTER_LINE = 120  # characters at most
_DIGIT = re.compile(r"\d")


def _is_counter(lowered: str) -> bool:
    """Whether a short line with a digit (lower-cased) is a counter, or a row of them with their icons and buttons, or a post's
    details line with one: a sentence that mentions views or comments ("The clip drew 2 million views") has other words."""
    if _has_tally(lowered):
        return True
    parts = _DETAILS_SEPARATOR.split(lowered)
    return 1 < len(parts) <= _DETAILS_PARTS and any(map(_has_tally, parts))


def _has_tally(lowered: str) -> bool:
    """Whether a line (lower-cased) is a row of tallies and what stands beside them, with at least one tally."""
    row = _TALLIES.fullmatch(lowered + " ")
    return row is not None and row.group("tally") is not None


# Page furniture: (reason, pattern the line starts with, pattern found anywhere in it).
_FURNITURE_PHRASES: tuple[tuple[str, str, str | None], ...] = (
    ("link to another article",
     r"(?:[▶►▷]\ufe0f?\s?)?(?:read|see|watch|listen)(?: also| more| next)?\s*[:|›»>-]|(?:also read|also see|read more|more)\s*[:|›»>-]"
     r"|related(?: articles?| stories| news| coverage| content| links?| reading)?\s*[:|›»>]"
     r"|related (?:articles?|stories|news|coverage|content|links?|reading)\b.{0,60}:$"
     r"|(?:leia|veja|lea|lee|lesen sie|lisez|leggi|читайте)(?: também| también| auch| aussi| anche| также)?\s*:",
     None),
    ("share prompt",
     rf"(?:share(?: this)?(?: article| story)?\s*:\s*)?{_SHARE_BUTTON}(?:[\s,|/•·]+(?:{_SHARE_BUTTON}|comment))*\s*[:!]?$"
     r"|share this (?:article|story|post) on\b|follow us(?: on)?\b|(?:click|tap) (?:here|to)\b"
     r"|follow [\w'’ .@-]{1,40} on (?:twitter|facebook|instagram|youtube|linkedin|tiktok|x)\b",
     None),
    ("comment form",
     r"save my name, email\b|notify me\b|(?:reply|cancel reply|report|flag|like|dislike|log in to reply|you must be logged in)\b.{0,30}$"
     r"|(?:name|email|website|comment)\s*\*?$",
     r"\byour email address will not be published\b|\brequired fields are marked\b|\bcomment data is processed\b"),
    ("subscribe or sign-in prompt",
     r"(?:subscribe|sign in|sign up|log ?in|log out|register|create (?:an )?account|my account|newsletters?)\b.{0,40}$"
     r"|(?:get|receive) (?:our|the latest|regular)\b.{0,60}(?:newsletter|updates|inbox|email)|your email\b|e-?mail\s*\*?$"
     r"|(?:jetzt )?abonnieren\b|(?:s'abonner|abonnez-vous)\b|suscr[ií]b"
     # a sign-up box: the newsletter's name, the consent line, its thanks and errors
     r"|i agree\b.{0,80}\b(?:send me|newsletters?|e-?mails?)\b|(?:thanks|thank you) for (?:signing up|subscribing)\b"
     r"|join (?:our|us on)\b",
     r"\bsubscribe (?:to|now|today)\b|\bsign up (?:for|to) (?:our|the)\b.{0,60}$|\b(?:already a subscriber|unlimited (?:digital )?access)\b"),
    ("advertisement",
     r"(?:advertisement|advertising|sponsored|ad|ads|anzeige|publicidad|publicité|publicidade|pubblicità|реклама"
     r"|スポンサー(?:ド)?リンク|[广廣][告]|광고)$"
     r"|(?:story continues|article continues) below\b|continue reading\b|scroll (?:down|to continue)\b",
     None),
    ("cookie or legal notice",
     r"(?:accept|agree|ok|got it|i agree|decline|reject all|accept all)(?: all)?(?: cookies)?$"
     r"|our (?:standards|editorial (?:standards|guidelines|policy))\s*:",
     r"\bcookies?\b.{0,80}\b(?:consent|accept|agree|use|uses|using|policy|settings|preferences|experience)\b"
     r"|\b(?:privacy policy|terms (?:of|and) (?:use|service|conditions)|terms & conditions|cookie policy|do not sell my\b)"),
    ("copyright notice",
     r"copyright\b",
     r"©|\(c\) \d{4}|\bcopyright (?:\(c\)|\d{4})|\ball rights reserved\b|\btodos os direitos\b|\btodos los derechos\b|\btous droits\b"
     r"|\balle rechte vorbehalten\b|\btutti i diritti\b"),
    ("navigation",
     r"(?:skip to (?:main )?content|skip to navigation|jump to|back to top(?: button)?|go to top|top of page|main menu|menu|close"
     r"|search(?: form)?|home|next|previous|prev|next (?:article|post|story)|previous (?:article|post|story)|older posts"
     r"|newer posts|load more|show more|see more|view all|see all|more|toggle navigation|open menu|close menu|loading\.*"
     r"|categories|category|archives?|sections?|navigation|breadcrumbs?|you are here:?)\s*[:»›>|]*$"
     r"|(?:home|inicio|início|startseite|accueil)\s*[›»>/|]",
     None),
    ("tag or category list",
     r"(?:tags?|tagged(?: with)?|topics?|keywords?|categor(?:y|ies)|filed under|posted in|schlagwörter|etiquetas|mots-clés"
     r"|タグ|[标標][签籤]|태그)\s*[:：›»|]",
     None),
    ("affiliate notice",
     r"(?:this (?:post|article|page) (?:may )?contains? (?:affiliate|sponsored)|we (?:may )?earn (?:a )?commission)\b",
     None),
)
# One pattern for each position kind (a named group per reason): a line is matched twice, not once per reason.
_FURNITURE_START = re.compile("|".join(f"(?P<r{i}>{start})" for i, (_, start, _) in enumerate(_FURNITURE_PHRASES)))
# A comment's signature line ("Jane says:"), a comment form line too: apart, as only a line ending with ":" can
# be one (read at every line, its run of any characters cost more than all the other starts together).
_COMMENT_SIGNATURE = re.compile(r"[^\s].{0,40} (?:says|wrote|schreibt|dice|dit|diz|пишет):$")
_COMMENT_FORM = [reason for reason, _, _ in _FURNITURE_PHRASES].index("comment form")
_SUBSCRIBE = [reason for reason, _, _ in _FURNITURE_PHRASES].index("subscribe or sign-in prompt")
# A newsletter sign-up box's lines, found anywhere in them: its name, consent, thanks and errors (apart from
# _FURNITURE_ANYWHERE, whose search of every position in a line each alternative makes dearer).
_SIGN_UP = re.compile(
    r"^(?:[\w'’&+-]+ ){1,5}newsletters?[.!:]?$|\bjoin (?:the|our)\b.{0,40}\bnewsletter\b|\bopt-in box\b|\bwould like to subscribe\b"
    r"|\bbefore signing up\b|\b(?:delivered (?:straight |directly )?to|keep an eye on|check) your inbox\b"
    r"|\b(?:error|problem) (?:processing|with) your subscription\b|\b(?:get|receive)\b.{0,50}\bin your inbox\b"
)
_FURNITURE_ANYWHERE = re.compile(
    "|".join(f"(?P<r{i}>{anywhere})" for i, (_, _, anywhere) in enumerate(_FURNITURE_PHRASES) if anywhere)
)


# Credits: kept in the front matter, not in the body.
_CREDITS = re.compile(
    r"^\(?\s*(?:with (?:inputs|input|agency inputs) from [^)]{2,60}"
    r"|(?:additional )?(?:reporting|writing|editing|research|compiled|edited|translated|produced|graphics?)(?: by)?\b[^.]{2,160}"
    r"|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?: and [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})? (?:reported|contributed(?: reporting)?|wrote) (?:from|to|this)\b[^.]{0,80}"
    r"|(?:associated press|ap|reuters|afp) (?:writers?|reporters?|correspondents?) [^.]{2,120} contributed\b[^.]{0,40}"
    # an agency's and its editor's signature in brackets after the text: "(dpa/jvd)", "(Belga/AFP/mh)"
    r"|(?<=\()[^\W\d_][\w.-]*(?:/[^\W\d_][\w.-]*){1,3}(?=\))"
    r")\s*\)?\s*[.;]?\s*$",
    _I,
)


_PHOTO_CREDIT_END = re.compile(
    r"[\s(\[|]((?-i:(?:REUTERS|Reuters|AFP|AP Photo|AP|EPA|Anadolu|IANS|PTI|Xinhua|TASS|Bloomberg|NurPhoto)"
    r"(?:/[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})(?: via Getty Images)?)|getty images|(?:photo|image|picture|illustration)(?: credit)?:? [^.:]{2,60}"
    r"|(?:photo|image)s? by [^.:]{2,60}|credit: [^.:]{2,60}|\((?:ap|afp) photo\))[)\]]?\.?\s*$",
    _I,
)
_PHOTO_CREDIT_START = re.compile(
    r"^(?:image|photo|picture|foto|video)s?(?: source| credit| courtesy| by)?s?\s*[:|]\s*"
    r"((?:[A-Z][\w.'’-]*|@\w+)(?: (?:Images|Photos?|Pictures|Press|News|Agency|Media))?)",
    _I,
)


def _any_of(*words: str) -> Callable[[str], bool]:
    """A test whether a lower-cased line holds any of the words: substring searches, cheaper than scanning with a
    pattern, written out as one expression (`'a' in lowered or 'b' in lowered ...`), several times cheaper than a loop.
    The source is made of the words' reprs only."""
    test = " or ".join(f"{word!r} in lowered" for word in words)
    return eval(compile(f"lambda lowered: {test}", "<phrases._any_of>", "eval"))  # noqa: S307 - literals only


# Cheap tests that let most lines skip the patterns searched anywhere in a line.
_MAY_END_WITH_CREDIT = _any_of("photo", "image", "credit", "getty", "picture", "illustration")  # or "/", looked for in the line
# A word that each alternative of _FURNITURE_ANYWHERE (but "©"), and of _SIGN_UP, holds whole: a line none of
# whose words (its key's, text.line_key) is one cannot match. A test of the words already split, cheaper than
# looking for substrings in the line (a test checks that every alternative has one).
_FURNITURE_ANYWHERE_WORDS = frozenset(
    "published marked processed subscribe sign subscriber unlimited cookie cookies privacy terms sell c copyright"
    " reserved direitos derechos droits vorbehalten diritti".split()
)
_SIGN_UP_WORDS = frozenset("newsletter newsletters opt subscribe signing inbox subscription".split())
_MAY_BE_CREDIT = _any_of(
    "input", "report", "writ", "edit", "research", "compil", "translat", "produc", "graphic", "contribut",
)


# A caption by its label: "[Photo: ...]", "Image caption: ...", "[VIDEO] ...", "Foto: ..." open no line of an
# article's text, whatever follows (the credit at its end, if any, comes in any form).
_CAPTION_LABEL = re.compile(
    r"^(?:\[\s*)?(?:(?:photo(?:graph)?|image|picture|foto|bild|video)s?(?: caption)?|caption)\s*(?::|\])\s*\S", _I
)
# A labelled caption's credit: after its last label ("... Photo: picture agency / R. Papas]"), in its closing
# parentheses ("... photo. (Tierpark Donauauen/Handout via EW)"), or a short tail after its last sentence
# ("... after the explosion. ACN/Raúl Benítez]").
_CAPTION_CREDIT = re.compile(
    r"(?:\b(?:photo|foto|image|picture|credit)s?\s*:\s*|\(|[.!?]\s+)"
    r"(?P<credit>[^\W\d_][^.!?:()\[\]]*(?:\.\s?[^\W\d_][^.!?:()\[\]]*)*?)\s*[)\]]?\s*$",
    _I,
)
_CREDIT_WORDS = 7  # at most: a longer tail is the caption's own sentence
_WORD_ENDING_A_SENTENCE = re.compile(r"[^\W\d_]{2}[.!?](?:\s|$)")  # not an initial ("Gene J. Puskar")


def photo_credit(line: str) -> str | None:
    """The credit of a photo caption or image source line ("REUTERS/Gleb Garanich"); None for other lines,
    and for a labelled caption whose credit cannot be told apart (`is_caption` says it is one)."""
    return _photo_credit(line, line.lower())


def is_caption(line: str, words: str) -> bool:
    """Whether a line is a photo or video caption or credit (`words` as for `_photo_credit`)."""
    return _CAPTION_LABEL.match(line) is not None or _photo_credit(line, words) is not None


def _labelled_caption_credit(line: str, label: re.Match[str]) -> str | None:
    """A labelled caption's credit: all that follows a photo's label when that is short and no sentence
    ("Photo: Damian Dovarganes, AP"), else its tail (_CAPTION_CREDIT); a video's label opens its title."""
    if "video" in label.group().lower():
        return None
    rest = line[label.end() - 1 :].strip(" []")
    if len(rest.split()) <= _CREDIT_WORDS and not _WORD_ENDING_A_SENTENCE.search(rest):
        return rest
    tail = _CAPTION_CREDIT.search(line, label.end() - 1)
    credit = tail.group("credit").strip() if tail else ""
    return credit if credit and len(credit.split()) <= _CREDIT_WORDS else None


def _photo_credit(line: str, words: str) -> str | None:
    """`words`: the line lower-cased, or its key (the cheap test looks for runs of letters, in either alike)."""
    label = _CAPTION_LABEL.match(line)
    if label:
        return _labelled_caption_credit(line, label)
    match = _PHOTO_CREDIT_START.match(line)
    if match:
        return line[: match.end()].strip()
    if len(line) > 400 or not ("/" in line or _MAY_END_WITH_CREDIT(words)):
        return None
    match = _PHOTO_CREDIT_END.search(line)
    return match.group(1).strip("()[] ") if match else None


_SENTENCE = re.compile(r"[.!?](?:\s|$)")
_SIGN_UP_LINE = 160  # characters at most: a sign-up box's lines are short (and long lines are many and costly to scan)
_COOKIE = re.compile(r"\bcookies?\b", _I)
_COPYRIGHT = re.compile(r"^(?:©|copyright\b)|\ball rights reserved\b", _I)


def read_line(line: str, key: str, words: list[str]) -> tuple[bool, str | None]:
    """What the phrase lists say of a line (`key` is its lower-cased words, text.line_key, and `words` the
    key split): whether it can close an article, and why it is page furniture (None when no list knows it)."""
    if len(line) > 200:  # a long line is prose even when it mentions "subscribe", unless it is all about cookies
        # substring tests first, in the key (words, lower-cased already): a long line is seldom either, and
        # scanning it with the patterns costs; a pattern's words and the space between them are in the key too
        if ("copyright" in key or "rights reserved" in key or "©" in line) and _COPYRIGHT.search(line):
            return False, "copyright notice"
        if key.count("cookie") >= 2 and len(_COOKIE.findall(line)) >= 2:
            return False, "cookie or legal notice"
        return False, "photo caption or credit" if is_caption(line, key) else None
    lowered = line.lower()
    terminator = len(line) < 80 and (
        _TERMINATORS.match(lowered) is not None or (lowered.startswith(_AUTHOR_BOX_OPENINGS) and _AUTHOR_BOX.match(line) is not None)
    )
    if len(line) <= _COUNTER_LINE and _DIGIT.search(line) and _is_counter(lowered):
        return terminator, "counter"
    match = _FURNITURE_START.match(lowered)
    index = None if match is None else int(match.lastgroup[1:])  # in _FURNITURE_PHRASES
    if (index is None or index > _COMMENT_FORM) and lowered[-1:] == ":" and _COMMENT_SIGNATURE.match(lowered):
        index = _COMMENT_FORM  # a signature line is a comment form's, before the reasons listed after that one
    elif index is None and ("©" in line or not _FURNITURE_ANYWHERE_WORDS.isdisjoint(words)) and (match := _FURNITURE_ANYWHERE.search(lowered)):
        index = int(match.lastgroup[1:])
    elif index is None and len(line) < _SIGN_UP_LINE and not _SIGN_UP_WORDS.isdisjoint(words) and _SIGN_UP.search(lowered):
        index = _SUBSCRIBE
    reason = None if index is None else _FURNITURE_PHRASES[index][0]
    if reason is None and is_caption(line, lowered):
        reason = "photo caption or credit"
    return terminator, reason


def describes_a_company(line: str) -> bool:
    """Whether a paragraph is a company's description of itself, as press releases end ("Acme is a leading
    global provider of ...", "Acme is headquartered in ..."): a news story's one-sentence aside ("Acme is the
    largest maker of ...") is not one, a press release's is a paragraph of several sentences."""
    return _COMPANY_BOILERPLATE.match(line) is not None and ("headquartered in" in line or len(_SENTENCE.findall(line)) >= 2)


def opens_comments(line: str, key: str) -> bool:
    """Whether a line is the heading of a page's comments (see _COMMENTS_HEADING); `key` as for credit()."""
    return key.startswith(_COMMENTS_HEADING_OPENINGS) and len(line) < 200 and _COMMENTS_HEADING.match(line.lower()) is not None


def credit(line: str, key: str) -> str | None:
    """The credit a line gives ("with inputs from agencies", "Reporting by ..."), without brackets.

    `key` is the line's lower-cased words (text.line_key): the words the cheap test looks for are runs of
    letters, found in it exactly when they are in the lower-cased line, without lower-casing it again.
    """
    if len(line) > 240 or not (_MAY_BE_CREDIT(key) or line[:1] == "(" and "/" in line):
        return None
    match = _CREDITS.match(line)
    if not match:
        return None
    return line.strip().strip("()").strip().rstrip(".;").strip() or None
