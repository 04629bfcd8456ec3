"""Claim types (probe10 round): reinforcement, training and withdrawal shapes, and words of another
type that are not the claim's own."""
import pytest

from tests.claim_helpers import story_and_tuples

FIELDS = ("sender", "host", "claim_type", "count")


def rows(analyzer, lang, text):
    return story_and_tuples(analyzer, lang, text, FIELDS)


# "additional/extra/more troops" (a more-word inside the reinforcement noun, or past the owner's
# demonym), and a verb of reinforcing right before the sending verb where the verb comes last
@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Italy will send additional soldiers to Lebanon and Cyprus, the defence ministry said.",
     {("IT", "LB", "reinforcement", None), ("IT", "CY", "reinforcement", None)}),
    ("fr", "La France enverra des troupes supplémentaires en Roumanie.", {("FR", "RO", "reinforcement", None)}),
    ("es", "España enviará tropas adicionales a Letonia.", {("ES", "LV", "reinforcement", None)}),
    ("ru", "Минобороны осудило размещение дополнительных британских войск в Эстонии.",
     {("GB", "EE", "reinforcement", None)}),
    ("de", "Die Niederlande schicken weitere Soldaten nach Litauen.", {("NL", "LT", "reinforcement", None)}),
    ("ko", "일본은 지부티에 병력 200명을 증강 배치했다.", {("JP", "DJ", "reinforcement", 200)}),
])
def test_troops_sent_in_addition(analyzer, lang, text, expected):
    story, got = rows(analyzer, lang, text)
    assert story and got == expected


# ... but a new rotation, or more of something that is no troops, is no reinforcement
@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Britain sent new troops to Estonia.", {("GB", "EE", "deployment", None)}),
    ("en", "Ghana extended the mission of its 800 peacekeepers in Lebanon for an additional year.",
     {("GH", "LB", "deployment", 800)}),
    ("ar", "أعلنت اليابان تمديد مهمة قواتها في جيبوتي لعام إضافي.", {("JP", "DJ", "deployment", None)}),
])
def test_no_reinforcement(analyzer, lang, text, expected):
    story, got = rows(analyzer, lang, text)
    assert story and got == expected


# Soldiers sent or arriving to train others: deployed there, and training (a purpose word that governs
# the training verb, on either side where the verb comes last); the sender's own trainers named beside
# another troop noun; trainers sent in addition
@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Etwa 150 italienische Soldaten sind in Niamey gelandet, um nigrische Einheiten auszubilden.",
     {("IT", "NE", "deployment", 150), ("IT", "NE", "training", 150)}),
    ("tr", "İngiltere, Estonya'ya eğitim amacıyla 120 asker gönderdi.",
     {("GB", "EE", "deployment", 120), ("GB", "EE", "training", 120)}),
    ("ja", "英国はケニアに訓練のため部隊約300人を派遣した。",
     {("GB", "KE", "deployment", 300), ("GB", "KE", "training", 300)}),
    ("ar", "وتستضيف جيبوتي قاعدة عسكرية فرنسية، حيث يعمل عشرات المدربين الفرنسيين على تأهيل الجنود المحليين.",
     {("FR", "DJ", "deployment", None), ("FR", "DJ", "training", None)}),
])
def test_sent_to_train_others(analyzer, lang, text, expected):
    story, got = rows(analyzer, lang, text)
    assert story and got == expected


def test_trainers_sent_in_addition_train(analyzer):
    story, got = rows(analyzer, "ru", "Россия направила в Мали дополнительную группу из 120 военных инструкторов.")
    assert story and ("RU", "ML", "training", 120) in got


# Another party's departure in a time clause, a base handed back, or civilians evacuated: not the
# claim's type
@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Britain keeps 900 soldiers in Estonia, after the departure of the Danish contingent.",
     {("GB", "EE", "deployment", 900)}),
    ("fr", "Le Sénégal héberge encore 120 soldats français à Dakar, après la rétrocession de la base à l'armée sénégalaise.",
     {("FR", "SN", "deployment", 120)}),
    ("pt", "Portugal enviou 20 militares ao Sudão para apoiar a retirada de portugueses do país.",
     {("PT", "SD", "deployment", 20)}),
    ("en", "Germany sent 40 soldiers to Niger to support the evacuation of Germans from the country.",
     {("DE", "NE", "deployment", 40)}),
])
def test_not_the_claims_withdrawal(analyzer, lang, text, expected):
    story, got = rows(analyzer, lang, text)
    assert story and got == expected


# ... while a withdrawal after the cause word that names its own place stays one
def test_closing_bases_after_a_cause_word_stays_a_withdrawal(analyzer):
    story, got = rows(analyzer, "en", "Italy now keeps 300 soldiers in Lebanon, after closing its bases in Niger.")
    assert story and any(t[:3] == ("IT", "NE", "withdrawal") for t in got)


# Withdrawals: an idiom of leaving, and a sentence opening with an agency's dateline
@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Die letzten belgischen Soldaten haben Mali den Rücken gekehrt.", {("BE", "ML", "withdrawal", None)}),
    ("es", "Bruselas, 3 mar (EFE).- Bélgica completó la retirada de los 300 soldados que tenía desplegados en Malí.",
     {("BE", "ML", "withdrawal", 300)}),
])
def test_withdrawals(analyzer, lang, text, expected):
    story, got = rows(analyzer, lang, text)
    assert story and got == expected


# Killed and wounded in one sentence: "..., another five were wounded" counts others of the troops, hit
@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "В Сомали погибли двое угандийских военных, еще четверо получили ранения.",
     {("UG", "SO", "casualties", 2), ("UG", "SO", "casualties", 4)}),
    ("uk", "У Малі загинули троє чадських миротворців, ще семеро дістали поранення.",
     {("TD", "ML", "casualties", 3), ("TD", "ML", "casualties", 7)}),
    ("en", "Two Kenyan soldiers were killed in Somalia, and another five were wounded.",
     {("KE", "SO", "casualties", 2), ("KE", "SO", "casualties", 5)}),
])
def test_killed_and_wounded(analyzer, lang, text, expected):
    story, got = rows(analyzer, lang, text)
    assert story and got == expected


# ja 防衛 (defence) is a noun of defence policy, no fighting: "防衛協定", "前方防衛に加わる"
@pytest.mark.parametrize("text, expected", [
    ("フランスは防衛協定に基づき、ジブチに約1500人の部隊を置いている。", {("FR", "DJ", "deployment", 1500)}),
])
def test_defence_is_no_combat(analyzer, text, expected):
    story, got = rows(analyzer, "ja", text)
    assert story and got == expected


# Taking back a place is fighting for it: "ont repris le port de X aux insurgés"
@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Les soldats tchadiens ont repris lundi la ville de Kidal aux rebelles, selon N'Djamena.",
     {("TD", "ML", "combat", None)}),
    ("es", "Tropas chadianas recuperaron la ciudad de Kidal tras duros combates.", {("TD", "ML", "combat", None)}),
])
def test_retaken_place_is_combat(analyzer, lang, text, expected):
    story, got = rows(analyzer, lang, text)
    assert story and got == expected


def test_restored_order_in_a_city_is_no_combat(analyzer):
    story, got = rows(analyzer, "fr", "Les soldats français ont rétabli l'ordre à Bangui.")
    assert story and got == {("FR", "CF", "deployment", None)}
