"""Exact hashes and MinHash near-duplicates of syndicated stories."""
import json
import pickle
import subprocess
import sys
from pathlib import Path

from transforms.dedup import (
    NUM_PERM,
    NearDuplicateIndex,
    content_hash,
    is_empty_signature,
    minhash_signature,
    shingles,
    similarity,
)

# A made-up wire story and the kinds of edits outlets make when they republish it.
WIRE = (
    "About two thousand foreign soldiers arrived at the northern air base on Tuesday to begin two weeks "
    "of joint exercises, the defence ministry said in a statement. The troops, drawn from three allied "
    "countries, brought armoured vehicles and helicopters and will train alongside local units near the "
    "border. A ministry spokesman said the drills had been planned for more than a year and were not "
    "aimed at any neighbouring state. Opposition lawmakers asked parliament to publish the agreement "
    "that allows the deployment, saying the public had not been told how long the soldiers would stay. "
    "The exercises are due to end on the last day of the month, after which most of the equipment will "
    "be shipped home by sea, officials said."
)
REPUBLISHED = "NORTHERN BASE (Wire) - " + WIRE.replace("on Tuesday", "this week") + " Editing by the news desk."
OTHER_STORY = (
    "The central bank kept its benchmark interest rate unchanged on Thursday, citing stable inflation and "
    "a recovering export sector. Analysts had expected the decision after consumer prices rose less than "
    "forecast for the third month in a row. The governor said the bank was ready to act if the currency "
    "weakened sharply, and repeated that growth this year should reach about five percent."
)
SAME_EVENT_REWRITTEN = (
    "Foreign troops numbering roughly 2,000 landed at an air base in the north for drills lasting a "
    "fortnight, according to the defence ministry. Soldiers from three partner nations will exercise "
    "with local forces close to the frontier, and critics in parliament want the deal made public."
)
JA_WIRE = (
    "防衛省によると、外国軍の部隊約二千人が火曜日、北部の空軍基地に到着し、二週間の共同訓練を開始した。"
    "部隊は三つの同盟国から派遣され、装甲車両やヘリコプターを持ち込み、国境付近で地元部隊と訓練を行う。"
    "報道官は、訓練は一年以上前から計画されており、特定の隣国を対象としたものではないと述べた。"
)


def test_content_hash_ignores_case_and_spacing_only():
    assert content_hash("Troops  Arrive\n at base") == content_hash("troops arrive at BASE")
    assert content_hash("troops arrive at base") != content_hash("troops arrive at the base")
    assert len(content_hash("")) == 64


def test_republished_copy_is_found():
    index = NearDuplicateIndex()
    index.add("wire-1", minhash_signature(WIRE))
    index.add("other", minhash_signature(OTHER_STORY))
    assert index.query(minhash_signature(REPUBLISHED)) == "wire-1"


def test_rewrite_of_same_event_and_unrelated_story_are_not_duplicates():
    index = NearDuplicateIndex()
    index.add("wire-1", minhash_signature(WIRE))
    assert index.query(minhash_signature(SAME_EVENT_REWRITTEN)) is None
    assert index.query(minhash_signature(OTHER_STORY)) is None
    assert similarity(minhash_signature(WIRE), minhash_signature(REPUBLISHED)) >= 0.8
    assert similarity(minhash_signature(WIRE), minhash_signature(SAME_EVENT_REWRITTEN)) < 0.3


def test_japanese_uses_character_shingles():
    assert all(len(s) == 3 and " " not in s for s in shingles(JA_WIRE))
    index = NearDuplicateIndex()
    index.add("ja-1", minhash_signature(JA_WIRE, lang="ja"))
    edited = "【共同】" + JA_WIRE.replace("火曜日", "今週")
    assert index.query(minhash_signature(edited)) == "ja-1"  # script detected without a language hint


def test_check_and_add_returns_earliest_copy_and_is_idempotent():
    index = NearDuplicateIndex()
    assert index.check_and_add("a", minhash_signature(WIRE)) is None
    assert index.check_and_add("b", minhash_signature(WIRE)) == "a"
    assert index.check_and_add("a", minhash_signature(WIRE)) == "b"  # re-delivery of "a" sees "b", not itself
    assert len(index) == 2


def test_empty_text_matches_nothing():
    empty = minhash_signature("  ... ")
    assert is_empty_signature(empty)
    index = NearDuplicateIndex()
    index.add("blank", empty)
    assert len(index) == 0 and index.query(empty) is None


def test_signature_is_serialisable_and_stable_across_processes():
    sig = minhash_signature(WIRE)
    assert len(sig) == NUM_PERM and json.loads(json.dumps(sig)) == sig
    assert pickle.loads(pickle.dumps(sig)) == sig
    code = "import json,sys; from transforms.dedup import minhash_signature; print(json.dumps(minhash_signature(sys.stdin.read())))"
    out = subprocess.run([sys.executable, "-c", code], input=WIRE, capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1], env={"PYTHONHASHSEED": "123"})
    assert json.loads(out.stdout) == sig
