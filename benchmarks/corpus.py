"""A synthetic but realistic news corpus for throughput runs: war and diplomacy reports.

Ten story templates (strikes, talks, sanctions, aid, prisoner swaps, ...) are filled with
people, places, numbers and dates, padded with background paragraphs to wire-story length
(about 600 words, 440-680), and wrapped in the chrome real scrapes carry (bylines, credits, sign-up
appeals). A fifth of the documents are HTML pages, as a crawl delivers them. Deterministic
for a given seed. Written as JSON Lines files of 100 documents, the form backfills take.
"""
from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_ARTICLE = Path("/work/shared/corpus/dev/moscowtimes-alaska-summit.txt")
SAMPLES = ROOT / "samples"

LEADERS = [
    ("Ukrainian President", "Volodymyr Zelensky", "Ukraine"), ("Russian President", "Vladimir Putin", "Russia"),
    ("U.S. Secretary of State", "Marco Rubio", "the United States"), ("French President", "Emmanuel Macron", "France"),
    ("German Chancellor", "Friedrich Merz", "Germany"), ("Turkish President", "Recep Tayyip Erdogan", "Turkey"),
    ("Israeli Prime Minister", "Benjamin Netanyahu", "Israel"), ("British Prime Minister", "Keir Starmer", "Britain"),
    ("Russian Foreign Minister", "Sergei Lavrov", "Russia"), ("Ukrainian Foreign Minister", "Andrii Sybiha", "Ukraine"),
    ("NATO Secretary-General", "Mark Rutte", "NATO"), ("Polish Prime Minister", "Donald Tusk", "Poland"),
    ("EU foreign policy chief", "Kaja Kallas", "the European Union"), ("Chinese Foreign Minister", "Wang Yi", "China"),
]
OFFICIALS = [
    ("regional governor", "Oleh Syniehubov"), ("regional governor", "Vadym Filashkin"),
    ("military spokesman", "Dmytro Lykhovii"), ("Kremlin spokesman", "Dmitry Peskov"),
    ("Foreign Ministry spokeswoman", "Maria Zakharova"), ("army spokesman", "Avichay Adraee"),
    ("mayor", "Ihor Terekhov"), ("UN humanitarian coordinator", "Matthias Schmale"),
    ("police chief", "Ivan Vyhivskyi"), ("defense ministry spokesman", "Igor Konashenkov"),
]
FRONT_TOWNS = [
    ("Pokrovsk", "Donetsk"), ("Kostiantynivka", "Donetsk"), ("Kupiansk", "Kharkiv"), ("Kharkiv", "Kharkiv"),
    ("Zaporizhzhia", "Zaporizhzhia"), ("Kherson", "Kherson"), ("Sumy", "Sumy"), ("Dnipro", "Dnipropetrovsk"),
    ("Odesa", "Odesa"), ("Kramatorsk", "Donetsk"), ("Sloviansk", "Donetsk"), ("Nikopol", "Dnipropetrovsk"),
    ("Belgorod", "Belgorod"), ("Kursk", "Kursk"), ("Huliaipole", "Zaporizhzhia"), ("Siversk", "Donetsk"),
]
CAPITALS = ["Geneva", "Istanbul", "Riyadh", "Vienna", "Brussels", "Doha", "Cairo", "Minsk", "Abu Dhabi", "Helsinki", "Warsaw", "Berlin"]
WEAPONS = ["drones", "ballistic missiles", "guided aerial bombs", "cruise missiles", "artillery shells", "Shahed drones"]
FORCES = [("Russian forces", "Russia"), ("Ukrainian forces", "Ukraine"), ("Israeli forces", "Israel"), ("Houthi rebels", "Yemen")]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
OUTLETS = ["Reuters", "AFP", "AP", "The Kyiv Independent", "The Moscow Times", "Al Jazeera", "Meduza"]
SECTORS = ["energy", "banking", "shipping", "defense", "steel", "oil", "technology", "aviation"]

TEMPLATES = [
    ("{forces} Strike {town} With {weapon}, Killing {killed}",
     ["{forces} attacked {town} in the {region} region overnight with {weapon}, killing {killed} people and wounding {wounded} others, {off_title} {off} said on {day}.",
      "\"The enemy struck a residential area again. Rescuers are still pulling people out of the rubble,\" {off} wrote on Telegram.",
      "Among the dead were {children} children, according to the local prosecutor's office, which opened an investigation into a possible war crime.",
      "The strike damaged {buildings} apartment buildings, a school and a gas pipeline, and left about {homes} homes without electricity.",
      "{leader} condemned the attack and called on allies to deliver more air defense systems. \"Every such strike is a reminder that {country_b} does not want peace,\" {leader_last} said.",
      "{country_b}'s Defense Ministry said its troops had hit \"military infrastructure\" and did not comment on civilian casualties.",
      "Ukraine's air force said it shot down {shot} of {launched} drones launched overnight, most of them over the east and the south."]),
    ("{leader} Says Talks in {capital} Could Resume in {month}",
     ["{leader_title} {leader} said on {day} that peace talks with {country_b} could resume in {capital} as early as {month}, after a pause of {weeks} weeks.",
      "\"We are ready to meet at any level, but not to discuss our surrender,\" {leader_last} told reporters during a visit to {capital2}.",
      "The previous round of negotiations in {capital} ended without agreement on a ceasefire, though both sides agreed to exchange {pows} prisoners of war.",
      "{leader2_title} {leader2} said his country was prepared to host the delegations and to act as a guarantor of any deal.",
      "{off2_title} {off2} said Moscow had received no formal proposal and accused Western capitals of \"sabotaging\" the process.",
      "Analysts said the gap between the sides remained wide, with disputes over territory and security guarantees unresolved.",
      "A senior European diplomat, who spoke on condition of anonymity, said the chances of a breakthrough before {month} were slim."]),
    ("EU Agrees {n}th Sanctions Package Against Russia",
     ["European Union ambassadors on {day} approved a {n}th package of sanctions against Russia targeting its {sector} sector and the so-called shadow fleet of oil tankers.",
      "The package adds {vessels} vessels to the list of ships banned from EU ports and freezes the assets of {persons} individuals and {firms} companies.",
      "\"Russia must pay for its war of aggression, and we will keep raising the cost,\" {leader} said in a statement.",
      "Hungary and Slovakia had held up the package for {weeks} weeks, demanding guarantees on energy supplies before lifting their veto.",
      "{off2_title} {off2} dismissed the measures as illegal and said they would hurt European economies more than Russia's.",
      "The bloc has also been discussing using the proceeds of frozen Russian central bank assets to fund a loan of {billions} billion euros to Ukraine.",
      "Officials said a further package targeting the {sector2} sector was already being prepared."]),
    ("{country_a} Pledges ${millions} Million in Military Aid to Ukraine",
     ["{leader_title} {leader} announced on {day} a new military aid package worth ${millions} million for Ukraine, including air defense missiles and artillery ammunition.",
      "The package, the {nth} from {country_a} since the full-scale invasion began in February 2022, will be delivered over the next {weeks} weeks, officials said.",
      "\"Ukraine's defense is Europe's defense,\" {leader_last} told a news conference in {capital2} alongside Ukrainian officials.",
      "Ukrainian Defense Minister Denys Shmyhal thanked {country_a} and said the air defense systems would help protect cities such as {town} from nightly attacks.",
      "The aid includes {shells} artillery shells, {vehicles} armored vehicles and spare parts for systems already in service.",
      "{off2_title} {off2} warned that the deliveries would \"only prolong the conflict\" and said the weapons would be legitimate targets."]),
    ("Russia and Ukraine Swap {pows} Prisoners of War",
     ["Russia and Ukraine exchanged {pows} prisoners of war each on {day} in a swap mediated by the United Arab Emirates, both sides said.",
      "\"Our people are home,\" {leader} wrote on social media, posting photographs of soldiers wrapped in blue-and-yellow flags.",
      "Russia's Defense Ministry said the returned servicemen were taken to Belarus for medical treatment before being flown to Moscow.",
      "Among the freed Ukrainians were defenders of Mariupol who had been held for more than {years} years, according to Ukraine's coordination headquarters for prisoners of war.",
      "The exchange was the {nth} this year. Kyiv says thousands of Ukrainians, including civilians, remain in Russian captivity.",
      "{off_title} {off} said families had been informed and that a further exchange was being negotiated."]),
    ("{forces} Claim Capture of Village Near {town}",
     ["{forces} said on {day} they had captured the village of {village} near {town}, continuing a slow advance in the {region} region.",
      "{off2_title} {off2} said the village had been \"liberated\" after {weeks} weeks of fighting and that the enemy had lost up to {killed} servicemen in the area in the past day.",
      "Ukraine's General Staff did not confirm the loss of the village but reported {clashes} combat clashes along the front over the past 24 hours, the most near {town}.",
      "\"The situation is difficult but under control. Our units are holding their positions,\" {off} told national television.",
      "Military analysts at the Institute for the Study of War said geolocated footage showed {forces_short} troops on the outskirts of the village but not in its center.",
      "The fighting has forced the evacuation of about {homes} residents from nearby settlements since the start of {month}."]),
    ("UN Security Council Meets on {country_a} Escalation",
     ["The United Nations Security Council held an emergency meeting in New York on {day} after {forces} launched {weapon} at targets in {town}.",
      "UN Secretary-General Antonio Guterres said he was \"deeply alarmed\" and urged all sides to exercise maximum restraint.",
      "{leader2_title} {leader2} accused {country_b} of violating international law, while {country_b}'s envoy said the strikes were an act of self-defense.",
      "A draft resolution calling for an immediate ceasefire was vetoed by {veto}, with {abstain} members abstaining.",
      "Humanitarian agencies said at least {killed} civilians had been killed and {displaced} displaced in the past week alone.",
      "\"The humanitarian situation is catastrophic, and it is getting worse by the hour,\" {off} told reporters."]),
    ("Drone Attack Sets Fire to Oil Refinery in {town}",
     ["A drone attack set fire to an oil refinery in {town} early on {day}, {off_title} {off} said, in the latest strike on energy infrastructure.",
      "Videos shared on social media showed a large plume of black smoke rising over the plant. There were no immediate reports of casualties.",
      "{country_b}'s Defense Ministry said air defenses had downed {shot} drones over several regions overnight.",
      "A source in Ukraine's SBU security service told {outlet} that the operation was carried out by its long-range drone units.",
      "The refinery processes about {tonnes} million tonnes of crude oil a year, according to industry data.",
      "Repeated strikes have forced several refineries to halt operations, contributing to gasoline shortages in parts of the country."]),
    ("{leader} Meets {leader2_last} as Allies Discuss Security Guarantees",
     ["{leader_title} {leader} met {leader2_title} {leader2} in {capital2} on {day} to discuss security guarantees for Ukraine after any ceasefire.",
      "\"We will not allow a peace that rewards aggression,\" {leader2_last} said after the meeting, adding that Europe must be at the negotiating table.",
      "The so-called coalition of the willing, a group of about {nations} countries, has been drawing up plans to deploy a reassurance force to Ukraine.",
      "{leader_last} said the talks had been \"productive\" and that the two leaders agreed to step up joint production of drones and ammunition.",
      "Moscow has repeatedly said it would not accept the presence of troops from NATO countries in Ukraine. \"This is absolutely unacceptable,\" {off2} said.",
      "The leaders are due to meet again at a summit in {capital} in {month}."]),
    ("Evacuations Ordered in {region} as Shelling Intensifies",
     ["Authorities ordered the mandatory evacuation of families with children from {villages} settlements in the {region} region on {day} as shelling intensified.",
      "\"Staying here is simply deadly. I ask everyone who can to leave,\" {off} said in a video address.",
      "Shelling killed {killed} people and wounded {wounded} in the region over the past day, the regional administration said.",
      "Volunteers have set up transit centers in {town2} to receive evacuees, who are then moved further west by train.",
      "About {homes} people remain in the area, most of them elderly residents who have refused to leave their homes.",
      "The UN refugee agency said the number of internally displaced people in Ukraine had risen to {millions2} million."]),
]
BACKGROUND = [
    "Russia launched its full-scale invasion of Ukraine in February 2022. Moscow now controls about a fifth of Ukrainian territory, including Crimea, which it annexed in 2014.",
    "Tens of thousands of soldiers on both sides have been killed, and the United Nations has verified the deaths of more than {civilians} civilians since the invasion began.",
    "U.S. President Donald Trump has pressed both sides to agree to a ceasefire, alternately threatening Moscow with sanctions and urging Kyiv to make concessions.",
    "Western officials say Russia has been producing and firing drones at a record pace, launching hundreds on some nights in an effort to overwhelm Ukraine's air defenses.",
    "Ukraine has stepped up its own long-range attacks on Russian oil refineries, depots and airfields, saying they are legitimate military targets that fund the war.",
    "The front line, which stretches for more than 1,000 kilometers, has moved little over the past year, though Russian troops have made incremental gains in the east.",
    "European governments have pledged to increase defense spending sharply, citing the threat from Russia and uncertainty over Washington's commitment to NATO.",
    "Both sides have accused each other of violating previous ceasefire arrangements, including a short-lived moratorium on strikes against energy facilities.",
    "Humanitarian groups say millions of people in frontline areas face shortages of water, heating and medical care as winter approaches.",
    "The International Criminal Court has issued arrest warrants for several Russian officials, including Vladimir Putin, over the deportation of Ukrainian children.",
    "In {capital}, diplomats said privately that any settlement would have to address the status of the Zaporizhzhia nuclear power plant, Europe's largest, which Russian troops have occupied since March 2022.",
    "The International Atomic Energy Agency has repeatedly warned of the risk of a nuclear accident at the plant, which has lost its external power supply several times during the war.",
    "Kyiv has asked its partners for more Patriot systems, saying that only they can reliably intercept the ballistic missiles Russia fires at cities such as {town2} and the capital.",
    "Russia's economy has been strained by the cost of the war, with the central bank keeping interest rates high to fight inflation and the budget deficit widening as oil revenues fall.",
    "Ukraine's parliament extended martial law and general mobilization for another 90 days last month, the {nth} such extension since the invasion began.",
    "Officials in {capital2} said they expected a decision on further aid by the end of {month}, after the parliament approves the budget.",
    "According to estimates by Western intelligence agencies, Russian losses in killed and wounded have exceeded one million since 2022, a figure Moscow disputes.",
    "The Black Sea grain corridor, which allowed Ukraine to resume exports from Odesa's ports, remains operational despite repeated attacks on port infrastructure.",
    "Poland and the Baltic states have reinforced their borders with Belarus and Russia and have begun building fortifications along the frontier.",
    "Rights groups have documented hundreds of cases of torture of Ukrainian prisoners of war, allegations the Kremlin denies.",
]
CHROME_TOP = ["Subscribe to our newsletter", "Photo: {outlet}", "Live updates", "{outlet}/Staff", "Share on Facebook"]
CHROME_BOTTOM = [
    "Read more: {outlet} coverage of the war in Ukraine",
    "Support independent journalism. Your contribution makes a difference: donate today.",
    "© 2025 {outlet}. All rights reserved.",
    "Related articles",
]


def _slots(rng: random.Random) -> dict[str, object]:
    (lt, leader, country_a), (lt2, leader2, _) = rng.sample(LEADERS, 2)
    (ot, off), (ot2, off2) = rng.sample(OFFICIALS, 2)
    (town, region), (town2, _) = rng.sample(FRONT_TOWNS, 2)
    forces, country_b = rng.choice(FORCES)
    capital, capital2 = rng.sample(CAPITALS, 2)
    return dict(
        leader=leader, leader_title=lt, leader_last=leader.split()[-1], country_a=country_a.replace("the ", ""),
        leader2=leader2, leader2_title=lt2, leader2_last=leader2.split()[-1],
        off=off, off_title=ot, off2=off2, off2_title=ot2, town=town, town2=town2, region=region,
        village=rng.choice(["Novoekonomichne", "Udachne", "Zelene Pole", "Malynivka", "Bila Hora", "Yablunivka"]),
        forces=forces, forces_short=forces.split()[0], country_b=country_b, capital=capital, capital2=capital2,
        weapon=rng.choice(WEAPONS), day=rng.choice(DAYS), month=rng.choice(MONTHS), outlet=rng.choice(OUTLETS),
        sector=rng.choice(SECTORS), sector2=rng.choice(SECTORS), veto=rng.choice(["Russia", "the United States", "China"]),
        killed=rng.randint(2, 40), wounded=rng.randint(5, 120), children=rng.randint(1, 5), buildings=rng.randint(2, 12),
        homes=rng.randint(300, 20000), shot=rng.randint(20, 90), launched=rng.randint(91, 200), weeks=rng.randint(2, 8),
        pows=rng.choice([84, 95, 103, 150, 175, 205, 390]), n=rng.randint(17, 20), vessels=rng.randint(50, 190),
        persons=rng.randint(20, 70), firms=rng.randint(10, 45), billions=rng.choice([90, 140, 165]),
        millions=rng.choice([150, 300, 425, 700, 1200]), millions2=rng.choice([3.5, 3.7]), nth=rng.choice(["fifth", "12th", "22nd", "30th"]),
        shells=rng.randint(10, 90) * 1000, vehicles=rng.randint(10, 80), years=rng.randint(2, 3), clashes=rng.randint(120, 230),
        abstain=rng.randint(1, 4), displaced=rng.randint(2, 90) * 1000, tonnes=rng.randint(4, 17), nations=rng.randint(26, 35),
        villages=rng.randint(5, 30), civilians=rng.choice(["13,000", "14,000"]),
    )


def article(rng: random.Random, index: int) -> dict[str, object]:
    title_t, paragraphs = TEMPLATES[index % len(TEMPLATES)]
    slots = _slots(rng)
    body = [p.format(**slots) for p in paragraphs]
    # Wire-story length: background paragraphs, as real reports carry them, up to a target.
    target = rng.randint(450, 900)
    extra = rng.sample(BACKGROUND, len(BACKGROUND))
    while sum(len(p.split()) for p in body) < target and extra:
        body.insert(rng.randint(2, len(body)), extra.pop().format(**slots))
    title = title_t.format(**slots)
    top = [c.format(**slots) for c in rng.sample(CHROME_TOP, 2)]
    bottom = [c.format(**slots) for c in rng.sample(CHROME_BOTTOM, 2)]
    date = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    url = f"https://news.example/{date.replace('-', '/')}/story-{index}"
    if index % 5 == 4:
        html = (
            f"<!doctype html><html><head><title>{title}</title><meta property='og:site_name' content='{slots['outlet']}'>"
            f"<meta property='article:published_time' content='{date}'></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in body)
            + "</article><footer>" + "".join(f"<p>{c}</p>" for c in bottom) + "</footer></body></html>"
        )
        return {"html": html, "url": url}
    text = "\n\n".join(top[:1] + [title] + top[1:] + body + bottom)
    return {"text": text, "url": url, "published": date, "publisher": slots["outlet"]}


def build_corpus(folder: Path, generated: int, seed: int = 0, per_file: int = 100) -> list[Path]:
    """Write `generated` template articles plus the dev article and samples/ into `folder`."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for start in range(0, generated, per_file):
        path = folder / f"generated-{start // per_file:04d}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for index in range(start, min(start + per_file, generated)):
                handle.write(json.dumps(article(rng, index), ensure_ascii=False) + "\n")
        files.append(path)
    real = [("dev", DEV_ARTICLE)] + [("sample", p) for p in sorted(SAMPLES.glob("*")) if p.is_file()]
    for kind, source in real:
        if source.exists():
            target = folder / f"{kind}-{source.name}"
            shutil.copyfile(source, target)
            files.append(target)
    return files


if __name__ == "__main__":
    import sys

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "corpus")
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    print("\n".join(str(p) for p in build_corpus(out, count)))
