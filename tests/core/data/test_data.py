"""Data sets, splitting and CSV validation."""
import numpy as np
import pytest

from core.data import csv_import, datasets as data
from core.data.datasets import DataError


@pytest.mark.parametrize("name", [n for n in data.DATASETS if not data.is_regression(n)])
def test_every_data_set_is_seeded_two_class_and_sized(name):
    a = data.make(name, n=120, seed=4)
    b = data.make(name, n=120, seed=4)
    assert len(a) == 120 and a.X.shape == (120, 2)
    np.testing.assert_array_equal(a.X, b.X)
    assert set(np.unique(a.y)) == {0.0, 1.0}


@pytest.mark.parametrize("name", ["xor", "circle", "moons", "spiral", "blobs"])
def test_noise_and_seed_change_the_points(name):
    base = data.make(name, n=100, noise=0.1, seed=1)
    assert not np.array_equal(base.X, data.make(name, n=100, noise=0.1, seed=2).X)
    assert not np.array_equal(base.X, data.make(name, n=100, noise=0.3, seed=1).X)


def test_unknown_or_bad_options():
    with pytest.raises(DataError, match="unknown data set"):
        data.make("iris")
    with pytest.raises(DataError, match="size"):
        data.make("xor", n=1)
    with pytest.raises(DataError, match="noise"):
        data.make("xor", noise=-1)


def test_split_default_keeps_everything_in_order():
    d = data.make("lecture")
    train, test = data.split(d)
    assert test is None and train is d


def test_split_is_seeded_and_disjoint():
    d = data.make("lecture")
    tr, te = data.split(d, 0.3, seed=9)
    assert len(tr) == 70 and len(te) == 30
    rows = {tuple(r) for r in tr.X} | {tuple(r) for r in te.X}
    assert len(rows) == 100
    np.testing.assert_array_equal(data.split(d, 0.3, seed=9)[1].X, te.X)


def write(tmp_path, text, name="d.csv"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_csv_reads_columns_in_any_order(tmp_path):
    d = csv_import.load_csv(write(tmp_path, "y,x2,x1,note\n1,0.5,-1,a\n0,2,3,b\n"))
    np.testing.assert_array_equal(d.X, [[-1, 0.5], [3, 2]])
    np.testing.assert_array_equal(d.y, [1, 0])
    assert d.name == "d.csv"


@pytest.mark.parametrize("text, message", [
    ("x1,x2\n1,2\n3,4\n", "missing column.*y"),
    ("x1,x2,y\n1,2,1\n3,abc,0\n", "row 3, column x2: not a number"),
    ("x1,x2,y\n1,2,1\nnan,4,0\n", "row 3, column x1: .*not a finite"),
    ("x1,x2,y\n1,inf,1\n3,4,0\n", "row 2, column x2: .*not a finite"),
    ("x1,x2,y\n1,2,1\n3,4,5\n", "row 3, column y: a class is a whole number from 0 to 4"),
    ("x1,x2,y\n1,2,1\n3,4,1.5\n", "row 3, column y: a class is a whole number from 0 to 4"),
    ("x1,x2,y\n1,2,1\n3,4,1\n", "single class"),
    ("x1,x2,y\n1,2,1\n", "at least 2 data rows"),
    ("", "empty"),
    ("x1,x2,y\n1,2,1\n3\n", "row 3, column x2: not a number"),
])
def test_csv_errors_name_row_and_column(tmp_path, text, message):
    with pytest.raises(DataError, match=message):
        csv_import.load_csv(write(tmp_path, text))


def test_csv_missing_file_and_binary(tmp_path):
    with pytest.raises(DataError, match="cannot read"):
        csv_import.load_csv(tmp_path / "nope.csv")
    p = tmp_path / "bin.csv"
    p.write_bytes(b"\xff\xfe\x00\x81")
    with pytest.raises(DataError):
        csv_import.load_csv(p)


def test_join_puts_a_split_back_together():
    d = data.make("lecture")
    train, test = data.split(d, 0.3, seed=1)
    full = data.join(train, test, "again")
    assert len(full) == 100 and full.name == "again"
    assert sorted(map(tuple, full.X)) == sorted(map(tuple, d.X))
    assert data.join(d, None) is not d and np.array_equal(data.join(d, None).y, d.y)


def test_one_recipe_gives_the_same_points_on_the_command_line_and_in_a_session():
    from core.command_line import cli

    args = cli.make_parser().parse_args(["train", "--dataset", "moons", "--points", "90", "--noise", "0.2",
                                         "--test-ratio", "0.3", "--seed", "7"])
    t = cli.build_trainer(args)
    train, test = data.DataSpec("moons", 90, 0.2, None, 0.3).build()
    assert np.array_equal(t.train.X, train.X) and np.array_equal(t.test.X, test.X)
    assert cli.data_spec(args).resolved() == data.DataSpec("moons", 90, 0.2, 0, 0.3, 0)


def test_recipe_rejects_an_unknown_set():
    with pytest.raises(DataError, match="unknown data set"):
        data.DataSpec("nope").resolved()


@pytest.mark.parametrize("text, reason", [
    ("x1,x2,y\n1,2,1\n" + "3," + "9" * 200_000 + ",0\n", "row 3"),
    ("x1,x2,y\n1_000,2,1\n3,4,0\n", "row 2, column x1: not a number: '1_000'"),
    ("x1,x2,y,x1\n1,2,1,5\n3,4,0,6\n", "column x1 appears 2 times"),
    ("x1,x2,y\n1.7e308,1.7e308,0\n3,4,1\n", "row 2, column x1: .*beyond"),
    ("x1,x2,y\n0x10,2,1\n3,4,0\n", "not a number"),
])
def test_csv_extremes_are_refused_with_one_line(tmp_path, text, reason):
    path = tmp_path / "big.csv"
    path.write_text(text)
    with pytest.raises(DataError, match=reason) as e:
        csv_import.load_csv(path)
    assert "\n" not in str(e.value) and len(str(e.value)) < 400


def test_csv_with_more_rows_than_a_data_set_may_hold_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_import, "MAX_POINTS", 5)
    path = tmp_path / "many.csv"
    path.write_text("x1,x2,y\n" + "".join(f"{i},{i},{i % 2}\n" for i in range(6)))
    with pytest.raises(DataError, match="more than 5 data rows"):
        csv_import.load_csv(path)


def test_huge_coordinates_and_noise_are_refused():
    with pytest.raises(DataError, match="within"):
        data.Dataset([[1e308, 0.0], [0.0, 1.0]], [0, 1])
    with pytest.raises(DataError, match="noise must be a number from 0 to 10"):
        data.make("xor", noise=1e308)
    with pytest.raises(DataError, match="data seed"):
        data.make("lecture", seed=2**40)
