"""The command line at the edges of the output kinds and per-layer activations: one line on stderr, exit 2 for
bad usage and 3 for divergence, the loss named when it runs away."""
import pytest

from core.command_line import cli


def _run(capsys, *argv):
    """(exit code, stdout, stderr lines) of main.py's argv, in this process."""
    try:
        code = cli.run(list(argv))[0]
    except SystemExit as e:
        code = e.code
    out, err = capsys.readouterr()
    return code, out, err.strip().splitlines()


@pytest.mark.parametrize("output, dataset, loss", [("linear", "plane", "squared error"),
                                                   ("linear", "lecture", "squared error"),
                                                   ("softmax", "lecture", "cross-entropy"),
                                                   ("sigmoid", "lecture", "cross-entropy")])
def test_a_runaway_loss_names_the_loss_and_exits_3(capsys, output, dataset, loss):
    code, out, err = _run(capsys, "train", "--output", output, "--dataset", dataset, "--lr", "100",
                          "--activation", "identity", "--epochs", "50")
    assert code == 3 and out == "" and len(err) == 1, err
    assert f"loss ({loss})" in err[0] and "diverged" in err[0] and "Traceback" not in err[0]


def test_an_overflowing_loss_names_the_loss_too(capsys):
    code, out, err = _run(capsys, "train", "--output", "linear", "--dataset", "plane", "--lr", "1e300",
                          "--epochs", "5")
    assert code == 3 and len(err) == 1 and "loss (squared error) became infinite" in err[0], err


@pytest.mark.parametrize("args, says", [
    (["--output", ""], "--output: invalid choice: ''"),
    (["--output", "SOFTMAX"], "invalid choice"),
    (["--activation", ""], "unknown activation ''"),
    (["--activation", "relu,"], "unknown activation ''"),
    (["--activation", "relu,,tanh", "--hidden", "3,3,3"], "unknown activation ''"),
    (["--activation", "relu,tanh", "--hidden", "3"], "names 2 activations for 1 hidden layer"),
    (["--activation", "relu,tanh,relu", "--hidden", "3,3"], "names 3 activations for 2"),
    (["--activation", "RELU"], "unknown activation 'RELU'"),
    (["--dataset", "plane", "--output", "softmax"], "real-valued labels"),
    (["--dataset", "gaussians"], "choose the linear output"),
])
def test_bad_output_and_activation_arguments(capsys, args, says):
    code, out, err = _run(capsys, "train", "--epochs", "1", *args)
    assert code == 2 and out == "" and len(err) == 1 and says in err[0], err


def test_spaces_around_activation_names_are_fine(capsys):
    code, out, err = _run(capsys, "train", "--epochs", "1", "--hidden", "3,3", "--activation", " tanh , relu ")
    assert code == 0 and err == [] and out.startswith("epochs 1")


def test_real_labels_in_a_csv_need_the_linear_output(capsys, tmp_path):
    csv = tmp_path / "real.csv"
    csv.write_text("x1,x2,y\n0,0,0.5\n1,1,2\n2,0,-1\n")
    for output in ("sigmoid", "softmax"):
        code, out, err = _run(capsys, "train", "--epochs", "1", "--csv", str(csv), "--output", output)
        assert code == 2 and len(err) == 1 and "row 2, column y" in err[0] and "linear" in err[0], err
    code, out, err = _run(capsys, "train", "--epochs", "1", "--csv", str(csv), "--output", "linear")
    assert code == 0 and "R^2" in out and err == []


@pytest.mark.parametrize("dataset, output", [("plane", "linear"), ("gaussians", "linear"), ("xor", "sigmoid")])
def test_a_noise_of_minus_zero_is_zero(capsys, dataset, output):
    # numpy refuses a normal distribution's scale of -0.0 ("scale < 0"): the data sets take it as 0.
    runs = [_run(capsys, "train", "--epochs", "2", "--dataset", dataset, "--output", output, "--noise", noise,
                 "--json") for noise in ("-0", "0")]
    assert runs[0] == runs[1] and runs[0][0] == 0 and runs[0][2] == []


def test_ctrl_c_during_a_long_run_is_one_line_and_exit_130(capsys, monkeypatch):
    import main
    from core.command_line import cli as cli_module

    def interrupted(argv):
        raise KeyboardInterrupt
    monkeypatch.setattr(cli_module, "run", interrupted)
    assert main.main(["train", "--epochs", "100000000"]) == 130
    out, err = capsys.readouterr()
    assert out == "" and err == "interrupted\n"


@pytest.mark.parametrize("output, dataset", [("sigmoid", "moons"), ("softmax", "moons"), ("linear", "gaussians")])
def test_train_session_continues_each_output_to_the_same_numbers(capsys, tmp_path, output, dataset):
    import json
    path = str(tmp_path / "s.json")
    common = ["--output", output, "--dataset", dataset, "--hidden", "4,3", "--activation", "tanh,relu",
              "--test-ratio", "0.2", "--batch-size", "16", "--features", "x1,x2,x1x2", "--json"]
    code, _, err = _run(capsys, "train", "--epochs", "3", "--save-session", path, *common)
    assert code == 0 and err == []
    code, out, err = _run(capsys, "train", "--session", path, "--epochs", "4", "--json")
    assert code == 0 and err == []
    straight = _run(capsys, "train", "--epochs", "7", *common)[1]
    assert json.loads(out) == json.loads(straight) and json.loads(out)["epochs"] == 7
    code, _, err = _run(capsys, "train", "--session", path, "--output", output)
    assert code == 2 and len(err) == 1 and "--output cannot be combined" in err[0]
