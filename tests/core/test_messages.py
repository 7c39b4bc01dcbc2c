"""core/messages.py: core's errors carry a code and their values, and their str() is the English template
filled in with them, word for word what the command line printed before."""
import errno
import json
import string

import numpy as np
import pytest

from core import messages, settings
from core.data import csv_import, hand_data
from core.data.datasets import DataError, DataSpec, Dataset
from core.files import graphviz_diagram, session
from core.files.session import SessionError
from core.messages import Message, MessageError
from core.model import features, outputs
from core.model.network import Architecture
from core.training.config import TrainConfig
from core.training.trainer import Trainer, TrainingDiverged


def fields(template):
    return [(name, spec, conv) for _, name, spec, conv in string.Formatter().parse(template) if name is not None]


def english(e):
    """The error's English template filled in with its values, as a window in English would say it."""
    return messages.TEMPLATES[e.code].format(**e.values)


def test_every_template_names_its_fields():
    for code, template in messages.TEMPLATES.items():
        assert all(name and not name.isdigit() for name, _, _ in fields(template)), code


def test_every_settings_label_is_a_word_of_the_catalogue():
    for s in settings.SETTINGS:
        assert s.word.code == f"label.{s.name}" and str(s.word) == s.label


def test_an_unknown_code_is_refused():
    with pytest.raises(KeyError):
        Message("no.such.code")


def lecture_trainer(**config):
    return Trainer(TrainConfig(**config), *DataSpec().build())


def csv_file(tmp_path, text):
    path = tmp_path / "points.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


def session_file(tmp_path, **config):
    doc = json.loads(session.session_json(lecture_trainer()))
    doc["config"].update(config)
    path = tmp_path / "s.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return str(path)


# (how to raise it, the error class, its code, its English text)
CASES = {
    "setting range": (lambda tmp: settings.LR.check(-1), MessageError, "setting.number",
                      "learning rate must be a number greater than 0, got -1"),
    "setting whole": (lambda tmp: settings.BATCH_SIZE.check(2_000_000), MessageError, "setting.whole",
                      "batch size (0: all points) must be a whole number from 0 to 1,000,000, got 2000000"),
    "setting item": (lambda tmp: settings.HIDDEN.check([3, 9]), MessageError, "setting.whole",
                     "each of the hidden layers must be a whole number from 1 to 8, got 9"),
    "setting choice": (lambda tmp: settings.GRADIENT.check("guess"), MessageError, "setting.unknown",
                       "unknown gradient 'guess'; choose numerical or backprop"),
    "setting flag": (lambda tmp: settings.LOG_SCALE.check("yes"), MessageError, "setting.bool",
                     "log scale must be true or false, got 'yes'"),
    "test ratio": (lambda tmp: DataSpec(test_ratio=1.0).build(), DataError, "setting.number",
                   "test ratio must be a number in [0, 1), got 1.0"),
    "data set": (lambda tmp: DataSpec("nope").resolved(), DataError, "data.unknown", None),
    "csv class": (lambda tmp: csv_import.load_csv(csv_file(tmp, "x1,x2,y\n0,0,0\n1,1,7\n")), DataError, "csv.class",
                  "{path}: row 3, column y: a class is a whole number from 0 to 4, got '7' (real values need the "
                  "linear output, for regression)"),
    "classes": (lambda tmp: Trainer(TrainConfig(), DataSpec("blobs", classes=3).build()[0]), MessageError,
                "output.class_labels", "the sigmoid output tells 2 classes apart (0 to 1), but this data has the "
                "label y = 2: choose the softmax output with 3 classes for it"),
    "csv header": (lambda tmp: csv_import.load_csv(csv_file(tmp, "x1,y\n0,0\n")), DataError, "csv.missing",
                   "{path}: row 1 (header): missing column(s) x2; found ['x1', 'y']"),
    "csv size": (lambda tmp: csv_import.load_csv(csv_file(tmp, "x1,x2,y\n" + "0,0,1\n" * 1_000_001)), DataError,
                 "csv.too_many", "{path}: more than 1,000,000 data rows; at most 1,000,000 points can be used"),
    "csv missing": (lambda tmp: csv_import.load_csv(str(tmp / "none.csv")), DataError, "csv.read",
                    "{tmp}/none.csv: cannot read: No such file or directory"),
    "coordinates": (lambda tmp: Dataset(np.array([[1e300, 0.0]]), np.array([0.0])), DataError, "data.coordinates",
                    None),
    "drawn point": (lambda tmp: hand_data.add_point(Dataset(np.zeros((1, 2)), np.zeros(1)), None, (0, 0), 5),
                    MessageError, "data.drawn_class", "a drawn point's class is a whole number from 0 to 4, got 5"),
    "shape": (lambda tmp: Architecture(hidden=(9,)), MessageError, "network.neurons",
              "each hidden layer needs 1 to 8 neurons, got [9]"),
    "features": (lambda tmp: features.check(()), MessageError, "features.none", "choose at least one input feature"),
    "output": (lambda tmp: outputs.get("tanh"), MessageError, "output.unknown", None),
    "labels": (lambda tmp: Trainer(TrainConfig(init="random"), Dataset(np.zeros((2, 2)), np.array([0.0, 0.5]))),
               MessageError, "output.classes", None),
    "parameter": (lambda tmp: lecture_trainer().set_param("w11", 1e308), MessageError, "training.param_value",
                  "w11 = 1e+308: these values would make the loss infinite; nothing was changed"),
    "diverged": (lambda tmp: lecture_trainer(lr=1e300).train_epochs(5), TrainingDiverged, "training.diverged", None),
    "session empty": (lambda tmp: session.parse_session(b" "), SessionError, "session.empty", "the file is empty"),
    "session range": (lambda tmp: session.load_session(session_file(tmp, lr=-1)), SessionError, "session.in_file",
                      "s.json: config.lr is out of range: -1.0; learning rate must be greater than 0"),
    "session read": (lambda tmp: session.load_session(str(tmp / "missing.json")), SessionError, "session.read",
                     None),
    "session folder": (lambda tmp: session.load_session(str(tmp)), SessionError, "session.in_file", None),
    "diagram name": (lambda tmp: graphviz_diagram.format_of("net.txt"), graphviz_diagram.DiagramError,
                     "diagram.extension", "'net.txt': the file name must end in .dot, .svg, .png or .pdf"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_core_error_is_its_english_template_filled_in(case, tmp_path):
    raise_it, kind, code, text = CASES[case]
    with pytest.raises(kind) as caught:
        raise_it(tmp_path)
    e = caught.value
    assert e.code == code and str(e) == english(e)
    if text is not None:  # the very words the command line printed before the codes
        path = tmp_path / "points.csv"
        assert str(e) == text.format(path=path, tmp=tmp_path)


def test_nested_values_are_messages_with_codes_of_their_own(tmp_path):
    with pytest.raises(SessionError) as caught:
        session.load_session(session_file(tmp_path, lr=-1))
    inner = caught.value.values["error"]
    assert inner.code == "session.setting_range"
    assert inner.values["label"] == Message("label.lr") and inner.values["span"] == Message("span.greater", lo="0")
    with pytest.raises(DataError) as caught:
        csv_import.load_csv(str(tmp_path / "none.csv"))
    reason = caught.value.values["reason"]
    assert reason.code == "os.error" and reason.values["errno"] == errno.ENOENT


def test_an_error_without_a_code_is_its_text_on_one_line():
    said = messages.of(ValueError("two\n  lines"))
    assert said.code == "text" and str(said) == "two lines"
    assert DataError("plain words").code == "text" and str(DataError("plain words")) == "plain words"
