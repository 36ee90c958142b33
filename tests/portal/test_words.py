"""PUB-1: the follow-up code's words, their source and their entropy."""

from __future__ import annotations

import hashlib
import math

from haven.portal import words

# The published EFF large wordlist (eff.org/files/2016/07/18/eff_large_wordlist.txt).
EFF_LARGE_SHA256 = "addd35536511597a02fa0a9ff1e5284677b8883b83e986e43f15a3db996b903e"


def test_the_wordlist_is_eff_large_list_unchanged() -> None:
    data = words.WORDLIST.read_bytes()
    assert hashlib.sha256(data).hexdigest() == EFF_LARGE_SHA256
    listed = words.eff_list()
    assert len(listed) == 7776 == len(set(listed))
    assert (listed[0], listed[-1]) == ("abacus", "zoom")
    assert (words.WORDLIST.parent / "NOTICE.md").read_text().count("CC BY 3.0 US") == 1


def test_codes_are_made_of_words_without_hyphens() -> None:
    assert len(words.alphabet()) == 7772 - len(words.left_out()) == 7597
    assert all("-" not in w and w.isalpha() for w in words.alphabet())


def test_no_code_word_echoes_what_the_victim_is_going_through() -> None:
    assert words.left_out() <= set(words.eff_list())
    for word in ("impotence", "expose", "secret", "payment", "camera", "shame", "sixteen"):
        assert word in words.left_out() and word not in words.alphabet()


def test_seven_words_give_at_least_90_bits() -> None:
    n = words.CODE_WORDS
    bits = math.log2(len(words.alphabet()) ** n)
    assert bits >= 90
    assert round(bits, 1) == 90.2 == round(words.entropy_bits(), 1)


def test_codes_are_drawn_at_random_from_the_whole_list() -> None:
    codes = [words.new_code() for _ in range(300)]
    assert len(set(codes)) == 300
    drawn = [w for code in codes for w in code.split(" ")]
    assert len(drawn) == 300 * words.CODE_WORDS
    assert set(drawn) <= set(words.alphabet())
    # 2,100 draws from 7,597 words: a fixed or tiny pool would repeat far more.
    assert len(set(drawn)) > 1500


def test_normalise_accepts_what_a_person_copies_back() -> None:
    code = words.new_code()
    assert words.normalise(code) == code
    assert words.normalise(code.upper().replace(" ", "-")) == code
    assert words.normalise("  " + code.replace(" ", " ,  ") + "\n") == code
    assert words.normalise(code.title().replace(" ", "")) is None


def test_normalise_refuses_what_cannot_be_a_code() -> None:
    code = words.new_code().split(" ")
    assert words.normalise(" ".join(code[:-1])) is None
    assert words.normalise(" ".join([*code, "abacus"])) is None
    assert words.normalise(" ".join([*code[:-1], "notaword"])) is None
    assert words.normalise("abacus " * 40) is None
    assert words.normalise("") is None
