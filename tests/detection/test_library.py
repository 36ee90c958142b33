"""The public surface: plain Python, no Django, stable result types."""

from __future__ import annotations

import subprocess
import sys

from haven.detection import Detection, Label, SignalType, assessment_hints, detect


def test_importing_and_detecting_never_imports_django():
    code = (
        "import sys; import haven.detection as d; d.detect('I have your nudes, pay me');"
        "bad = [m for m in sys.modules if m == 'django' or m.startswith('django.')];"
        "sys.exit(1 if bad else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_known_language_is_used_as_given():
    assert detect("hola", lang="es").lang == "es"


def test_language_is_identified():
    assert detect("Ich habe deine Bilder und schicke sie an deine Familie").lang == "de"
    assert detect("お前の写真を家族に送る").lang == "ja"
    assert detect("!!").lang == "und"


def test_as_dict_is_json_ready():
    result = detect("pay or I leak your nudes", lang="en")
    data = result.as_dict()
    assert data["label"] == result.label.value
    assert isinstance(data["signals"], list)


def test_assessment_hints_answer_the_key_questions():
    result = detect(
        "I'm 15. He says he'll send my nudes to my family unless I pay $200 and send more. "
        "I want to die."
    )
    hints = assessment_hints(result)
    assert hints.immediate_risk
    assert hints.possible_minor
    assert "money" in hints.demands
    assert hints.threat_of_exposure


def test_result_types():
    result = detect("nothing to see here")
    assert isinstance(result, Detection)
    assert result.label is Label.NOT_SEXTORTION
    assert all(isinstance(s.type, SignalType) for s in result.signals)


def test_kana_are_japanese_without_asking_the_model():
    from haven.detection.language import identify

    assert identify("ねえ、写真を送ってくれる") == "ja"


def test_a_text_full_of_one_lexicon_takes_its_language_from_the_matches():
    from haven.detection.pipeline import lexicon_language

    result = detect("Ich habe deine Nacktbilder. Zahl 500 Euro oder deine Familie sieht alles.")
    assert result.lang == "de"
    assert lexicon_language(result.signals) == "de"
    assert lexicon_language(detect("pay", lang="en").signals) is None
