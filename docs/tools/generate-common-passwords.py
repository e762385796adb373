#!/usr/bin/env python3
"""Writes src/main/resources/dk/samspil/security/common-passwords.txt (docs/decisions/0014).

No list is downloaded: the entries are built here from the patterns that lead every published
list of leaked passwords — a common word or name, a capital first letter, a year or a run of
digits, an exclamation mark; keyboard walks; one character or word repeated — in English and
Danish, plus the names of places people around this programme live in. Only entries of at least
12 characters are kept: shorter ones are refused by the length rule anyway. The application
compares in lower case, so the file holds lower case only.

    python3 docs/tools/generate-common-passwords.py
"""
import itertools
import pathlib

WORDS = """
password passw0rd p@ssword p@ssw0rd pa55word qwerty qwertz azerty asdfgh asdfghjkl zxcvbnm
letmein welcome welcome1 admin administrator root iloveyou ilovegod sunshine princess football
baseball soccer hockey dragon monkey master shadow superman batman spiderman trustno1 starwars
whatever freedom michael jennifer jessica charlie computer internet secret changeme default
login hello hellokitty summer winter spring autumn pokemon minecraft fortnite liverpool chelsea
arsenal barcelona realmadrid manchester united google facebook samsung iphone apple microsoft
windows linux ubuntu access letmein123 mustang harley ranger jordan thomas daniel andrew
michelle ashley nicole matthew joshua anthony robert william richard hunter buster tigger
killer pepper ginger cookie chocolate butterfly flower angel lovely family friends forever
blessed jesus christ heaven yankees cowboys eagles lakers

kodeord adgangskode adgang hemmelig hemmeligt velkommen sommer vinter foraar efteraar forår
efterår danmark dansk kobenhavn københavn odense aarhus århus aalborg ålborg esbjerg kolding
vejle fredericia haderslev sønderborg sonderborg aabenraa tønder tonder varde vejen billund
assens middelfart nyborg kerteminde svendborg langeland nordfyn nordfyns faaborg midtfyn fanø
fano ærø aero syddanmark regionsyddanmark region kommune jylland fyn sjælland sjaelland
jegelskerdig elskerdig kærlighed kaerlighed fodbold brondby brøndby fckobenhavn fck agf ob
sommerhus ferie weekend hygge kaffe øl ol mormor morfar farmor farfar familien mor far
januar februar marts april maj juni juli august september oktober november december
mandag tirsdag onsdag torsdag fredag lørdag lordag søndag sondag
psykiatri sundhed jobcenter socialrådgiver socialraadgiver sygeplejerske laege læge
hunden katten hest prinsesse drage abe mester skygge hej hejsa godmorgen tusindtak
""".split()

NAMES = """
anna emma ida sofia freja clara laura maja karla ella alma mette hanne susanne lone bente
peter jens lars henrik søren soren niels morten thomas michael martin anders jesper rasmus
mikkel christian frederik william oliver noah lucas victor magnus emil mads jonas
""".split()

SUFFIXES = ["", "1", "12", "123", "1234", "12345", "123456", "1234567", "!", "1!", "12!", "123!",
            "1234!", "!!", "01", "007", "69", "99", "00", "11", "22", "@123", "#1", "?"] + \
           [str(y) for y in range(2015, 2031)] + [str(y) + "!" for y in range(2015, 2031)]
BIRTH_YEARS = [str(y) for y in range(1950, 2011)]

WALKS = """
123456789012 1234567890123 12345678901234 123456789012345 1234567890qwerty qwerty1234567
1234567890ab 0987654321qw 098765432109 1q2w3e4r5t6y 1q2w3e4r5t6y7u 1qaz2wsx3edc 1qaz2wsx3edc4rfv
zaq12wsxcde3 zaq1zaq1zaq1 qazwsxedcrfv qazwsxedcrfvtgb !qaz2wsx#edc !qaz@wsx#edc qwertyuiopasdf
qwertyuiop12 qwertyuiop123 qwertyuiopå qwertyuiopåæø asdfghjklæø asdfghjkl123 zxcvbnm12345
qwertzuiop12 qwertyqwerty asdfasdfasdf abcdefghijkl abcdefghijklm abc123abc123 abcd1234abcd
a1b2c3d4e5f6 aaaaaaaaaaaa password1234 passwordpassword iloveyouiloveyou 147258369147
159753159753 789456123789 741852963741 123123123123 121212121212 112233445566 111222333444
123321123321 098098098098 987654321987 asdasdasdasd qweqweqweqwe zxczxczxczxc
""".split()

def capitalised(word):
    return word[:1].upper() + word[1:]

def entries():
    for word in WORDS + NAMES:
        for variant in {word, capitalised(word)}:
            for suffix in SUFFIXES:
                yield variant + suffix
        for year in BIRTH_YEARS:
            yield word + year
    for first, second in itertools.product(WORDS[:60], ["123", "1234", "2024", "2025", "2026", "!"]):
        yield first + first + second
    for walk in WALKS:
        yield walk
    for char in "0123456789abcdefghijklmnopqrstuvwxyz!*.":
        for length in range(12, 17):
            yield char * length
    for word in WORDS:
        if len(word) <= 8:
            yield word * (12 // len(word) + 1)

def main():
    kept = sorted({e.lower() for e in entries() if 12 <= len(e) <= 64})
    target = pathlib.Path(__file__).resolve().parent.parent.parent / "src/main/resources/dk/samspil/security/common-passwords.txt"
    target.parent.mkdir(parents=True, exist_ok=True)
    header = ["# Common passwords refused for Samspil accounts (docs/decisions/0014).",
              "# Generated by docs/tools/generate-common-passwords.py from the patterns of published leak lists",
              "# (common words and names, English and Danish, with years, digits and '!', keyboard walks,",
              "# repetitions); not copied from any list. Lower case, one a line, only entries of 12+ characters."]
    target.write_text("\n".join(header + kept) + "\n", encoding="utf-8")
    print(len(kept), "entries written to", target)

if __name__ == "__main__":
    main()
