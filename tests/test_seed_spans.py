"""The span finder that seed files are written with: it must print the offsets the loader proves."""

import json

import pytest

from tools.spans import find_spans, main, sentence_bounds

ENROLMENTS = (
    "截至2019年底,昌都市各类社会保险参保总人数达60.6万人次,完成社会保障卡信息采集70.08万人,制发卡56.21万张。"
)


@pytest.mark.parametrize(
    ("paragraph", "start", "end", "expected"),
    [
        ("一二。三四五。六七", 4, 5, (3, 7)),  # widened to the sentence, its full stop included
        ("一二。三四五。六七", 8, 9, (7, 9)),  # the last sentence, without a full stop
        ("一二。三四五。六七", 0, 1, (0, 3)),  # the first sentence
        ("他说：“好。”我们走。", 7, 9, (7, 11)),  # the closing mark belongs to the sentence before
        ("他说：“好。”我们走。", 4, 5, (0, 7)),  # and is kept with its own sentence
        ("甲;乙!丙？丁", 2, 3, (2, 4)),
        ("甲;乙!丙？丁", 4, 5, (4, 6)),
    ],
)
def test_sentence_bounds_widens_a_phrase_to_its_sentence(
    paragraph: str, start: int, end: int, expected: tuple[int, int]
) -> None:
    assert sentence_bounds(paragraph, start, end) == expected


def test_find_spans_gives_the_sentence_the_seed_quotes() -> None:
    assert find_spans("60.6万人次") == [{"paragraph": 15, "start": 34, "end": 96, "quote": ENROLMENTS}]
    assert find_spans("60.6万人次", exact=True) == [
        {"paragraph": 15, "start": 58, "end": 65, "quote": "60.6万人次"}
    ]


def test_find_spans_finds_every_occurrence_and_takes_the_phrase_literally() -> None:
    spans = find_spans("一张", exact=True)
    assert [(s["paragraph"], s["start"], s["end"]) for s in spans] == [(7, 65, 67), (23, 205, 207)]
    assert find_spans("万.", exact=True) == []  # a dot is a dot, not any character
    assert find_spans("昌都+", exact=True) == []  # nor a plus one or more


def test_the_command_prints_one_json_line_per_span(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.argv", ["spans", "--exact", "60.6万人次"])
    main()
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == [
        {"paragraph": 15, "start": 58, "end": 65, "quote": "60.6万人次"}
    ]
    assert lines[0].startswith('{"paragraph": 15') and "60.6万人次" in lines[0]  # not \u-escaped
    monkeypatch.setattr("sys.argv", ["spans", "60.6万人次"])
    main()
    assert json.loads(capsys.readouterr().out) == {
        "paragraph": 15,
        "start": 34,
        "end": 96,
        "quote": ENROLMENTS,
    }


def test_the_command_explains_itself(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--help` is how a seed author learns the command: its usage lines, kept as written, and --exact."""
    monkeypatch.setattr("sys.argv", ["spans", "--help"])
    monkeypatch.setenv("COLUMNS", "100")  # argparse wraps help to the terminal's width
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert "python -m tools.spans 60.6万人次            # the sentence around each occurrence\n" in out
    assert "python -m tools.spans --exact 增旺姆        # the phrase itself\n" in out
    assert "--exact     span the phrase only, not its sentence" in out
