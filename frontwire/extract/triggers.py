"""The event vocabulary: lemmas that trigger PLOVER event types, with their licensing rules.

A trigger is (type, subtype); the subtype keeps different happenings of one type apart when
mentions are merged ("advance" vs "drone attack" are both ASSAULT).
"""
from __future__ import annotations

VERB_TRIGGERS: dict[str, tuple[str, str]] = {
    "attack": ("ASSAULT", "attack"), "strike": ("ASSAULT", "strike"), "shell": ("ASSAULT", "shelling"),
    "bomb": ("ASSAULT", "strike"), "bombard": ("ASSAULT", "shelling"), "advance": ("ASSAULT", "advance"),
    "assault": ("ASSAULT", "assault"), "fight": ("ASSAULT", "battle"), "clash": ("ASSAULT", "battle"),
    "kill": ("ASSAULT", "attack"), "wound": ("ASSAULT", "attack"), "injure": ("ASSAULT", "attack"),
    "shoot": ("ASSAULT", "attack"), "invade": ("ASSAULT", "invasion"), "capture": ("ASSAULT", "capture"),
    "seize": ("ASSAULT", "capture"), "raid": ("ASSAULT", "attack"), "storm": ("ASSAULT", "assault"),
    "hit": ("ASSAULT", "strike"), "down": ("ASSAULT", "air defence"), "destroy": ("ASSAULT", "strike"),
    "fire": ("ASSAULT", "strike"), "use": ("ASSAULT", "repression"), "inflict": ("ASSAULT", "battle"),
    "allow": ("CONCEDE", "access"), "let": ("CONCEDE", "access"),
    "suspend": ("SANCTION", "sanctions"),
    "intercept": ("ASSAULT", "air defence"), "repel": ("ASSAULT", "battle"), "occupy": ("ASSAULT", "capture"),
    "liberate": ("ASSAULT", "capture"), "pound": ("ASSAULT", "shelling"), "probe": ("ASSAULT", "assault"),
    "meet": ("CONSULT", "meeting"), "negotiate": ("CONSULT", "meeting"), "visit": ("CONSULT", "visit"),
    "host": ("CONSULT", "meeting"), "discuss": ("CONSULT", "meeting"),
    "agree": ("AGREE", "agreement"), "sign": ("AGREE", "agreement"),
    "reject": ("REJECT", "reject"), "refuse": ("REJECT", "reject"), "dismiss": ("REJECT", "reject"),
    "veto": ("REJECT", "reject"), "decline": ("REJECT", "reject"),
    "request": ("REQUEST", "request"), "urge": ("REQUEST", "request"), "appeal": ("REQUEST", "request"),
    "demand": ("REQUEST", "request"), "ask": ("REQUEST", "request"),
    "threaten": ("THREATEN", "threat"),
    "sanction": ("SANCTION", "sanctions"), "expel": ("SANCTION", "expulsion"), "impose": ("SANCTION", "sanctions"),
    "protest": ("PROTEST", "protest"), "demonstrate": ("PROTEST", "protest"), "rally": ("PROTEST", "protest"),
    "march": ("PROTEST", "protest"),
    "deliver": ("AID", "aid"), "supply": ("AID", "aid"), "send": ("AID", "aid"), "provide": ("AID", "aid"),
    "donate": ("AID", "aid"), "pledge": ("AID", "aid"),
    "support": ("SUPPORT", "support"), "back": ("SUPPORT", "support"), "praise": ("SUPPORT", "support"),
    "endorse": ("SUPPORT", "support"), "welcome": ("SUPPORT", "support"),
    "cooperate": ("COOPERATE", "cooperation"),
    "release": ("CONCEDE", "release"), "free": ("CONCEDE", "release"), "concede": ("CONCEDE", "concession"),
    "lift": ("CONCEDE", "concession"), "ease": ("CONCEDE", "concession"), "swap": ("CONCEDE", "exchange"),
    "exchange": ("CONCEDE", "exchange"), "return": ("CONCEDE", "exchange"), "repatriate": ("CONCEDE", "exchange"),
    "withdraw": ("RETREAT", "withdrawal"), "retreat": ("RETREAT", "withdrawal"), "evacuate": ("RETREAT", "withdrawal"),
    "mobilize": ("MOBILIZE", "mobilization"), "mobilise": ("MOBILIZE", "mobilization"),
    "deploy": ("MOBILIZE", "deployment"), "reinforce": ("MOBILIZE", "deployment"), "mass": ("MOBILIZE", "deployment"),
    "arrest": ("COERCE", "arrest"), "detain": ("COERCE", "arrest"), "deport": ("COERCE", "deportation"),
    "ban": ("COERCE", "ban"), "designate": ("SANCTION", "sanctions"), "jail": ("COERCE", "arrest"),
    "blacklist": ("SANCTION", "sanctions"), "freeze": ("SANCTION", "sanctions"),
    "retaliate": ("THREATEN", "threat"), "respond": ("THREATEN", "threat"),
    "concentrate": ("MOBILIZE", "deployment"), "bring": ("MOBILIZE", "deployment"), "join": ("MOBILIZE", "mobilization"),
    "push": ("ASSAULT", "advance"), "infiltrate": ("ASSAULT", "advance"), "break": ("ASSAULT", "advance"), "drop": ("CONCEDE", "concession"), "block": ("PROTEST", "protest"),
    "gather": ("PROTEST", "protest"), "enter": ("AID", "aid"), "reach": ("AID", "aid"),
    "sentence": ("COERCE", "arrest"),
    "accuse": ("ACCUSE", "accusation"), "blame": ("ACCUSE", "accusation"), "condemn": ("ACCUSE", "accusation"),
    "denounce": ("ACCUSE", "accusation"), "criticize": ("ACCUSE", "accusation"), "criticise": ("ACCUSE", "accusation"),
}

NOUN_TRIGGERS: dict[str, tuple[str, str]] = {
    "attack": ("ASSAULT", "attack"), "strike": ("ASSAULT", "strike"), "airstrike": ("ASSAULT", "strike"),
    "shelling": ("ASSAULT", "shelling"), "bombing": ("ASSAULT", "strike"), "bombardment": ("ASSAULT", "shelling"),
    "advance": ("ASSAULT", "advance"), "assault": ("ASSAULT", "assault"), "offensive": ("ASSAULT", "assault"),
    "battle": ("ASSAULT", "battle"), "fighting": ("ASSAULT", "battle"), "clash": ("ASSAULT", "battle"),
    "invasion": ("ASSAULT", "invasion"), "raid": ("ASSAULT", "attack"), "incursion": ("ASSAULT", "assault"),
    "counteroffensive": ("ASSAULT", "assault"), "breakthrough": ("ASSAULT", "advance"),
    "infiltration": ("ASSAULT", "advance"), "counterattack": ("ASSAULT", "battle"), "barrage": ("ASSAULT", "strike"), "ambush": ("ASSAULT", "attack"),
    "summit": ("CONSULT", "meeting"), "talk": ("CONSULT", "meeting"), "meeting": ("CONSULT", "meeting"),
    "negotiation": ("CONSULT", "meeting"), "visit": ("CONSULT", "visit"), "call": ("CONSULT", "call"),
    "agreement": ("AGREE", "agreement"), "deal": ("AGREE", "agreement"), "accord": ("AGREE", "agreement"),
    "truce": ("AGREE", "agreement"),
    "sanction": ("SANCTION", "sanctions"), "embargo": ("SANCTION", "sanctions"),
    "protest": ("PROTEST", "protest"), "demonstration": ("PROTEST", "protest"), "rally": ("PROTEST", "protest"),
    "aid": ("AID", "aid"), "assistance": ("AID", "aid"), "convoy": ("AID", "aid"),
    "reinforcement": ("MOBILIZE", "deployment"), "operation": ("ASSAULT", "assault"),
    "exchange": ("CONCEDE", "exchange"), "swap": ("CONCEDE", "exchange"),
    "withdrawal": ("RETREAT", "withdrawal"), "retreat": ("RETREAT", "withdrawal"),
    "mobilization": ("MOBILIZE", "mobilization"), "mobilisation": ("MOBILIZE", "mobilization"),
    "deployment": ("MOBILIZE", "deployment"),
    "arrest": ("COERCE", "arrest"), "detention": ("COERCE", "arrest"),
    "threat": ("THREATEN", "threat"), "ultimatum": ("THREATEN", "threat"),
    "accusation": ("ACCUSE", "accusation"), "condemnation": ("ACCUSE", "accusation"),
    "demand": ("REQUEST", "request"), "appeal": ("REQUEST", "request"),
}

# What is "met" without a meeting.
MET_NON_PARTIES = {"condition", "demand", "requirement", "criterion", "target", "deadline", "need", "standard",
                   "expectation", "goal", "obligation", "resistance", "fire", "silence", "criticism", "approval"}
# What those who "will face" something are threatened with.
THREAT_OUTCOMES = {"consequence", "punishment", "prosecution", "response", "retaliation", "retribution", "charge", "justice"}
# What a party "ready to" or "prepared to" do threatens.
THREAT_ACTIONS = {"take", "increase", "respond", "act", "strike", "impose", "use", "retaliate", "escalate", "tighten", "hit", "defend"}
# An official complaint (ACCUSE): "lodged a strong protest", "summoned the ambassador".
COMPLAINT_VERBS = {"lodge", "file", "register", "deliver", "hand"}
COMPLAINT_NOUNS = {"protest", "complaint", "démarche", "demarche"}
ENVOY_NOUNS = {"ambassador", "envoy", "diplomat", "chargé", "charge", "affaires", "representative", "attaché", "attache"}
# Missiles fired into open water, at no target: a show of force (MOBILIZE).
MISSILE_NOUNS = {"missile", "rocket", "projectile"}
OPEN_WATERS = {"sea", "ocean", "waters", "gulf", "strait"}
# "came under fire / attack / shelling".
UNDER_ATTACK_NOUNS = {"fire", "attack", "shelling", "bombardment", "assault", "strike", "barrage"}
# Verbs of a call: with "to join the army" they are a call to arms (MOBILIZE), not a REQUEST.
CALL_VERBS = {"call", "urge", "appeal", "ask"}
# Moving forces into position: MOBILIZE with a military object.
FORCE_VERBS = {"dispatch", "send", "surround", "move", "rush", "station", "scramble"}
FORCE_NOUNS = {"warship", "ship", "troops", "troop", "soldier", "force", "forces", "unit", "reinforcement",
               "jet", "aircraft", "fighter", "destroyer", "frigate", "carrier", "submarine", "patrol", "battalion",
               "brigade", "division", "tank", "vessel"}
# Whom an order to leave coerces.
COERCED_NOUNS = {"boat", "ship", "vessel", "civilian", "resident", "people", "journalist", "crew", "fisherman", "family"}
# Verbs that judge or characterise an attack named as their subject, rather than report it.
JUDGING_HEADS = {"come", "be", "show", "prove", "constitute", "amount", "demonstrate", "mean", "prohibit", "violate",
                 "represent", "suggest", "underline", "highlight", "breach"}

# Nouns that are events only as the object of these verbs ("held a call", "signed a deal").
NOUN_NEEDS_VERB: dict[str, set[str]] = {
    "call": {"hold", "have", "make", "take", "join", "phone"},
    "deal": {"sign", "reach", "strike", "seal", "agree", "conclude", "announce", "broker"},
    "agreement": {"sign", "reach", "strike", "seal", "conclude", "announce", "broker"},
    "accord": {"sign", "reach", "seal"},
    "sanction": {"impose", "announce", "introduce", "adopt", "approve", "slap", "unveil", "extend", "expand", "target", "levy"},
    "aid": {"send", "provide", "deliver", "approve", "pledge", "announce", "receive", "allocate", "give"},
    "assistance": {"send", "provide", "deliver", "approve", "pledge", "announce", "receive", "allocate"},
    "threat": {"issue", "make", "repeat"},
    "demand": {"repeat", "reiterate", "issue", "make", "renew", "press", "present"},
    "appeal": {"issue", "make", "launch", "repeat", "renew"},
    "exchange": {"carry", "conduct", "hold", "complete", "agree"},
    "swap": {"carry", "conduct", "hold", "complete", "agree"},
    "visit": {"make", "pay", "begin", "start", "end"},
    "reinforcement": {"bring", "send", "deploy", "move", "rush", "dispatch"},
}
# Nouns that are events only with one of these modifiers ("offensive operations", "aid convoy").
NOUN_NEEDS_MODIFIER: dict[str, set[str]] = {
    "operation": {"offensive", "military", "combat", "assault", "ground", "counteroffensive"},
    "convoy": {"aid", "humanitarian", "relief", "carry", "food"},
}
# Verbs that are events only with an object of these kinds ("sent weapons", "hit a school").
VERB_NEEDS_OBJECT: dict[str, set[str]] = {
    "send": {"weapon", "aid", "ammunition", "system", "tank", "jet", "assistance", "package",
             "equipment", "supply", "food"},
    "concentrate": {"troops", "troop", "forces", "soldier", "unit", "equipment"},
    "bring": {"reinforcement", "troops", "soldier", "unit"},
    "join": {"army", "resistance", "militia", "force", "forces", "ranks", "fight", "mobilization", "mobilisation"},
    "push": {"back", "into", "toward", "towards", "forward", "deeper", "km", "kilometer", "kilometre", "mile", "through"},
    "break": {"through"},
    "drop": {"objection", "veto", "opposition", "demand", "charge", "claim"},
    "block": {"road", "street", "highway", "entrance", "bridge", "traffic", "access"},
    "gather": {"protest", "rally", "square", "demonstration"},
    "enter": {"gaza", "aid", "truck", "convoy"},
    "reach": {"aid", "truck", "convoy"},
    "freeze": {"asset", "account", "fund", "reserve"},
    "designate": {"entity", "individual", "company", "bank", "vessel", "ship", "tanker", "person", "firm", "organization", "organisation", "group"},
    "deliver": {"weapon", "aid", "ammunition", "missile", "system", "tank", "jet", "assistance", "package", "equipment", "supply", "food"},
    "provide": {"weapon", "aid", "ammunition", "missile", "system", "assistance", "package", "equipment", "supply", "food", "support"},
    "supply": {"weapon", "ammunition", "missile", "system", "tank", "jet", "equipment", "drone"},
    "pledge": {"aid", "assistance", "package", "weapon", "support", "billion", "million"},
    "donate": {"aid", "weapon", "equipment", "drone"},
    "impose": {"sanction", "tariff", "embargo", "curfew", "restriction", "ban", "blockade"},
    "release": {"prisoner", "hostage", "detainee", "captive", "soldier", "people", "civilian", "journalist", "national", "pow"},
    "free": {"prisoner", "hostage", "detainee", "captive", "soldier", "people", "civilian", "journalist"},
    "lift": {"sanction", "ban", "embargo", "blockade", "restriction", "siege"},
    "ease": {"sanction", "ban", "embargo", "blockade", "restriction"},
    "exchange": {"prisoner", "pow", "body", "captive", "detainee", "soldier"},
    "swap": {"prisoner", "pow", "body", "captive", "detainee", "soldier"},
    "return": {"prisoner", "pow", "captive", "detainee", "serviceman", "servicemen", "soldier", "child", "civilian", "body"},
    "repatriate": {"prisoner", "pow", "captive", "detainee", "serviceman", "servicemen", "soldier", "child", "civilian", "body"},
    "hit": {"building", "school", "hospital", "city", "town", "village", "infrastructure", "facility",
            "plant", "station", "port", "bridge", "depot", "base", "refinery", "house", "apartment", "block", "area", "region", "district"},
    "target": {"building", "school", "hospital", "city", "town", "village", "infrastructure", "facility",
               "plant", "station", "port", "bridge", "depot", "base", "refinery", "energy", "position", "civilian"},
    "back": {"plan", "proposal", "bid", "resolution", "deal", "ceasefire", "effort"},
    "support": {"plan", "proposal", "bid", "resolution", "deal", "ceasefire", "effort", "ukraine", "israel"},
    "sign": {"deal", "agreement", "accord", "treaty", "memorandum", "decree", "law", "bill", "declaration", "ceasefire"},
    "mass": {"troops", "forces", "soldier", "unit", "equipment"},
    "sentence": {"year", "prison", "life", "death"},
    "visit": set(),  # any object: "visited Kyiv"
    "down": {"drone", "missile", "jet", "aircraft", "plane", "helicopter", "uav"},
    "fire": {"missile", "rocket", "shell", "drone", "bullet", "round", "mortar", "artillery", "gas", "cannon", "grenade", "shot", "salvo"},
    "use": {"cannon", "gas", "spray", "grenade", "baton", "bullet", "truncheon"},
    "inflict": {"defeat", "loss", "losses", "casualty", "damage"},
    "allow": {"inspector", "inspection", "access", "aid", "convoy", "evacuation", "truck", "monitor", "journalist"},
    "let": {"inspector", "aid", "convoy", "truck", "monitor", "journalist"},
    "suspend": {"visa", "travel", "aid", "cooperation", "membership", "funding", "agreement", "accession", "export", "flight", "deal", "assistance"},
    "destroy": {"drone", "missile", "uav", "rocket", "tank", "vehicle", "equipment", "position", "depot", "launcher",
                "boat", "aircraft", "helicopter", "system", "warehouse", "command", "post"},
    "intercept": {"drone", "missile", "uav", "rocket"},
    "capture": {"village", "town", "city", "settlement", "soldier", "troops", "position", "territory", "hill", "area", "prisoner", "fighter"},
    "seize": {"village", "town", "city", "settlement", "territory", "position", "area", "control", "ship", "vessel", "tanker", "plant"},
}
# Nouns under these verbs are named or judged, not reported as happening.
NON_EVENT_GOVERNORS = {"call", "describe", "regard", "consider", "dub", "label", "term", "name", "brand", "prepare"}
# Clauses under these express a fear or a wish, not an event.
SPECULATIVE_GOVERNORS = {"concern", "fear", "worry", "hope", "expect", "wish", "speculation", "risk", "chance", "prospect"}
PLANNING_WORDS = {"plan", "prepare", "intend", "aim", "schedule", "set", "expect", "seek", "try", "threaten", "vow", "promise", "due"}
HYPOTHETICAL_AUX = {"might", "may", "could", "would"}
# The content of a request, accusation, refusal or threat is not itself an event ("urged Moscow
# to agree to a ceasefire", "accused Russia of shelling"); the governing act is.
CONTENT_GOVERNING_TYPES = {"REQUEST", "ACCUSE", "REJECT", "THREATEN"}
# Threats are conditional responses: "would respond", "will retaliate".
NEEDS_FUTURE = {"respond", "retaliate"}
FUTURE_AUX = {"will", "shall", "'ll"}
DENIAL_VERBS = {"deny", "refute", "dismiss", "reject"}
REFUSAL_VERBS = {"refuse", "rule", "reject", "decline"}
