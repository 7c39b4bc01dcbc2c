"""The catalogue of core's user-facing messages: each a code and an English template with named fields.

core's errors are raised with a code and its values (`DataError("csv.class", path=..., row=3, cell="2")`);
they keep them as `.code` and `.values`, and their str() is the English template filled in, which is what
the command line prints. The window words the same code in the user's language (gui/core_messages.py).
A value may itself be a Message (a setting's label, a range in words, the error a message wraps), so it
is worded in the same language; an OS error's reason is the message "os.error" with its errno.
"""

TEMPLATES = {
    # -- any error core has no code for, and an operating system's reason ----------------------------
    "text": "{text}",
    "os.error": "{text}",
    "or": "{first} or {last}",
    # -- the settings table (core/settings.py): its labels, ranges in words and checks ---------------
    "label.dataset": "data set",
    "label.points": "data set size",
    "label.noise": "noise",
    "label.data_seed": "data seed",
    "label.test_ratio": "test ratio",
    "label.split_seed": "split seed",
    "label.hidden": "hidden layers",
    "label.activation": "activation",
    "label.init": "init",
    "label.lr": "learning rate",
    "label.epochs": "epoch limit",
    "label.batch_size": "batch size (0: all points)",
    "label.gradient": "gradient",
    "label.seed": "seed",
    "label.h": "difference step h",
    "label.features": "feature",
    "label.regularization": "regularization",
    "label.reg_rate": "regularization rate",
    "label.output": "output",
    "label.classes": "classes",
    "label.speed": "speed",
    "label.log_scale": "log scale",
    "label.optimizer": "optimizer",
    "label.momentum": "momentum",
    "label.beta1": "beta1",
    "label.beta2": "beta2",
    "label.each": "each of the {label}",
    "span.greater": "greater than {lo}",
    "span.at_least": "at least {lo}",
    "span.in": "in {interval}",
    "span.from_to": "from {lo} to {hi}",
    "setting.bool": "{label} must be true or false, got {value!r}",
    "setting.choice": "{label} must be one of {choices}, got {value!r}",
    "setting.whole": "{label} must be a whole number from {lo} to {hi}, got {value}",
    "setting.number": "{label} must be a number {span}, got {value}",
    "setting.text": "{label} must be text, got {value!r}",
    "setting.unknown": "unknown {label} {item!r}; choose {choices}",
    "setting.names": "{label} names {count}; from {fewest} to {most} may be given",
    "setting.list": "{label} must be a list, got {value!r}",
    "setting.count": "{label} must number {fewest} to {most}, got {count}",
    # -- data (core/data/) ---------------------------------------------------------------------------
    "data.coordinates": "every coordinate must be a finite number within ±{limit:g}; this data set has {largest:g}",
    "data.labels": "every label must be a finite number within ±{limit:g}; this data set has {largest:g}",
    "data.unknown": "unknown data set {name!r}; choose one of {names}",
    "data.no_training": "test ratio leaves no training points",
    "data.drawn_class": "a drawn point's class is a whole number from 0 to {top}, got {label!r}",
    "data.full": "a data set holds at most {most:,} points",
    "csv.too_big": "{path}: the file is {mb:,.0f} MB; at most {most_mb} MB ({most:,} points) can be read",
    "csv.row": "{path}: row {row}: {error}",
    "step.at_limit": "the epoch limit ({limit}) is reached; raise it to step on",
    "kind.folder": "a folder",
    "kind.fifo": "a named pipe (FIFO)",
    "kind.char_device": "a character device",
    "kind.block_device": "a block device",
    "kind.socket": "a socket",
    "kind.other": "not a regular file",
    "file.not_regular": "{kind}, not a regular file; only regular files are read",
    "file.too_big": "the file is {size}; at most {most} can be read",
    "file.grew": "the file grew beyond {most} while it was read; at most {most} can be read",
    "file.cannot_read": "cannot read: {reason}",
    "file.refused": "{path}: {error}",
    "session.containers": "not a session file: {count:,} lists and objects; a session holds at most {most:,}",
    "session.too_large": ("cannot save the session: it would be {size}, above the {most} a session file may hold "
        "(its loss history grows with every epoch); export the loss history as CSV instead, or "
        "save before training this long"),
    "csv.read": "{path}: cannot read: {reason}",
    "csv.not_text": "{path}: not a text CSV file (UTF-8 expected)",
    "csv.not_finite": "{path}: row {row}, column {column}: {cell!r} is not a finite number",
    "csv.not_number": "{path}: row {row}, column {column}: not a number: {cell!r}",
    "csv.beyond": "{path}: row {row}, column {column}: {cell!r} is beyond ±{limit:g}",
    "csv.class": "{path}: row {row}, column y: a class is a whole number from 0 to {top}, got {cell!r} (real "
                 "values need the linear output, for regression)",
    "csv.too_many": "{path}: more than {most:,} data rows; at most {most:,} points can be used",
    "csv.empty": "{path}: the file is empty; expected a header x1,x2,y",
    "csv.repeated": "{path}: row 1 (header): column {column} appears {count} times",
    "csv.missing": "{path}: row 1 (header): missing column(s) {missing}; found {found}",
    "csv.few": "{path}: needs at least 2 data rows, found {count}",
    "csv.single_class": "{path}: column y has a single class ({label}); both 0 and 1 are needed",
    # -- the network (core/model/) -------------------------------------------------------------------
    "network.hidden_text": "--hidden takes neuron counts like 3 or 4,4, got {text!r}",
    "network.layers": "hidden layers must number 1 to {most}, got {count}",
    "network.neurons": "each hidden layer needs 1 to {most} neurons, got {sizes}",
    "network.lecture_init": "init {kind!r} needs the lecture's 2-3-1 shape with inputs x1, x2; use 'random' for "
                            "hidden={hidden}, features={features}",
    "network.lecture_init_pieces": "init {kind!r} has one affine node per unit, the lecture's; a {activation} unit "
                                   "has {pieces} pieces: use 'random'",
    "network.unknown_init": "unknown init {kind!r}; choose one of {names}",
    "features.unknown": "unknown feature {key!r}; choose from {keys}",
    "features.none": "choose at least one input feature",
    "features.twice": "a feature is listed twice in {keys}",
    "activation.unknown": "unknown activation {name!r}; choose one of {names}",
    "activation.count": "activation {text!r} names {count} activations for {layers} hidden layers; give one name "
                        "for all of them or one per layer",
    "activation.count_one": "activation {text!r} names {count} activations for {layers} hidden layer; give one "
                            "name for all of them or one per layer",
    "output.softmax_units": "a softmax needs at least two units, got {units}",
    "output.binary": "0 or 1",
    "output.class_range": "a class from 0 to {top}",
    "output.classes": "the {name} output classifies, so every label y must be {allowed}, but this data has "
                      "real-valued labels (e.g. y = {odd:.4g}): choose the linear output (regression) for it",
    "output.class_labels": "the {name} output tells {units} classes apart (0 to {top}), but this data has the "
                           "label y = {odd:g}: choose the softmax output with {needed} classes for it",
    "output.unknown": "unknown output {name!r}; choose sigmoid, softmax or linear (regression)",
    "regularizer.unknown": "unknown regularization {name!r}; choose {choices}",
    "optimizer.no_state": "{name} keeps no state, got {state!r}",
    "optimizer.unknown": "unknown optimizer {name!r}; choose one of {names}",
    # -- training (core/training/) -------------------------------------------------------------------
    "loss.cross-entropy": "cross-entropy",
    "loss.squared error": "squared error",
    "training.initial_count": "expected {n} initial parameters, got {shape}",
    "training.start_not_finite": "the loss is not finite at the start: the data or the initial parameters are "
                                 "too large for this network",
    "training.params_shape": "parameters must be finite and match the network's shape",
    "training.params_infinite": "these values would make the loss infinite; nothing was changed",
    "training.no_param": "no parameter named {name!r}",
    "training.param_value": "{name} = {value:g}: {error}",
    "training.optimizer_dict": "an optimizer state must be a dict, got {kind}",
    "training.optimizer_shape": "an optimizer state holds numbers or one value for each of the {size} parameters",
    "training.no_points": "there are no points to train on; add some first",
    "training.param_not_finite": "a parameter became infinite or NaN.",
    "training.loss_not_finite": "the loss ({loss}) became infinite or NaN.",
    "training.runaway": "the loss ({loss}) rose to {value:.3g}, far above where it started ({start:.3g}), and is "
                        "still rising.",
    "training.exploding": "a parameter reached {value:.3g}",
    "training.dead": "every relu unit of hidden layer {layer} outputs 0 for every training point, so no gradient "
                     "reaches the layers before it (dead relu)",
    "training.dead_at_start": "hidden layer {layer} is dead before training (epoch {epoch}): every relu unit "
                              "outputs 0 for every training point (dead relu), so no gradient can move it. A "
                              "smaller learning rate will not help; try more units, another activation, or another "
                              "start (another seed with random initial values).",
    "training.nearly_dead_at_start": "hidden layer {layer} is nearly dead at the start: {alive} of its {units} relu "
                                     "units output more than 0, for {share:.0f}% of the unit and training point "
                                     "pairs, and a trial from the start finds it dead at epoch {died}. A smaller "
                                     "learning rate will not help; try more units, another activation, or another "
                                     "start (another seed with random initial values).",
    "training.stopped": "training stopped at epoch {at}: {what}.",
    "training.dead_kept": "{error} Kept epoch {kept}, the last in which that layer was alive; try a smaller learning "
                          "rate (now {lr:g}), or Reset.",
    "training.stopped_kept": "{error} Kept epoch {kept}; try a smaller learning rate (now {lr:g}), or Reset.",
    "training.diverged": "training diverged at epoch {epoch} (learning rate {lr:g}): {error} Kept epoch {kept}; "
                         "try a smaller learning rate.",
    "explain.changed": "the training changed since it was explained; nothing was applied",
    "explain.unknown_param": "unknown parameter {param!r}",
    "explain.no_points": "there are no points; draw some first",
    "explain.regularization": "the lecture's loss has no regularization; set regularization to none to explain "
                              "an epoch",
    "lessons.step": "the step h must be positive, got {h}",
    # -- the diagram (core/files/graphviz_diagram.py, core/lessons/diagrams.py) ----------------------
    "diagram.install_hint": "install a Graphviz engine with `pip install pygraphviz` or `apt-get install graphviz`",
    "diagram.params": "snapshot has {params} parameters for {names} names",
    "diagram.extension": "{path!r}: the file name must end in .dot, .svg, .png or .pdf",
    "diagram.format": "unknown format {fmt!r}; choose one of {formats}",
    "diagram.engine_failed": "Graphviz ({engine}) could not render {fmt}: {detail}",
    "diagram.no_engine": "cannot render {fmt}: no Graphviz engine found; {hint} (DOT export works without one)",
    "diagram.page": "unknown page {page!r}; choose one of {pages}",
    # -- the run as a notebook (core/files/notebook.py) --------------------------------------------------
    "notebook.unsupported": "cannot write the run as a notebook: the notebook has no code for the {label} "
                            "{name!r}",
    # -- session files (core/files/session.py, session_fields.py) ------------------------------------
    "session.missing": "missing {key!r}",
    "session.whole": "{what} must be a whole number, got {shown}",
    "session.range": "{what} is out of range: {value} (allowed {lo} to {hi})",
    "session.finite": "{what} must be a finite number, got {shown}",
    "session.setting_range": "{what} is out of range: {shown}; {label} must be {span}",
    "session.field": "{what}: {error}",
    "session.text": "{what} must be text, got {shown}",
    "session.numbers": "{what} must be a list of numbers, got {shown}",
    "session.length": "{what} has {count} values, expected {n}",
    "session.no_record": "cannot save the session: the state lacks its initial parameters or data",
    "session.no_points": "cannot save the session: there are no points; add some first",
    "session.unsaveable": "cannot save the session: {error}",
    "session.config": "invalid configuration: {error}",
    "session.optimizer": "optimizer_state must be an object, got {shown}",
    "session.hidden": "{what} must list {fewest} to {most} layer sizes, got {shown}",
    "session.features": "{what} must be a list of feature names, got {shown}",
    "session.points": "{what} needs equally long point and label lists of 1 to {most}",
    "session.pair": "{what}.X[{i}] must be a pair [x1, x2], got {shown}",
    "session.class": "{what}.y[{i}] must be a class from 0 to {top} for a classifying output, got {shown} (real "
                     "labels need the linear output)",
    "session.kind": "data.kind must be 'builtin' or 'points', got {shown}",
    "session.dataset": "unknown data set {name!r}; this program has {names}",
    "session.rebuild": "cannot rebuild the data set: {error}",
    "session.fingerprint": "the data set {name!r} comes out different here than where it was saved (another numpy "
                           "version?), so training could not resume exactly",
    "session.not_utf8": "not a session file: not UTF-8 text",
    "session.empty": "the file is empty",
    "session.truncated": "the file is truncated (the JSON ends early)",
    "session.json": "not a session file: invalid JSON at line {line}, column {column}",
    "session.nested": "not a session file: JSON nested too deeply",
    "session.not_session": "not a session file: {detail}",
    "session.format": "not an MLP Playground session (no \"format\": \"mlp-playground-session\")",
    "session.version_type": "version must be a whole number, got {shown}",
    "session.version": "unsupported session version {version}; this program reads version {supported}",
    "session.version_newer": "unsupported session version {version} (saved by a newer MLP Playground); this "
                             "program reads version {supported}",
    "session.names": "parameter names do not match a {shape} network: got {shown}",
    "session.test_loss": "history.test_loss must be present exactly when there is a test set",
    "session.rng": "rng_state must be a PCG64 generator state",
    "session.origin": "origin must be null or an object, got {shown}",
    "session.origin_rng": "origin.rng_state must be a PCG64 generator state",
    "session.restore": "the saved state cannot be restored: {error}",
    "session.read": "{name}: cannot read: {reason}",
    "session.in_file": "{name}: {error}",
    "session.too_long": ("cannot save the session: it holds {epochs:,} epochs of history, more than the {most:,} a "
        "session file may hold; export the loss history as CSV instead, or save before training this long"),
    "session.history_limit": "epoch is {epoch:,}, but a session file holds at most {most:,} epochs of history",
    # -- packed arrays in a session (core/files/packed_arrays.py) --------------------------------------
    "packed.kind": "{what}: unknown packing {shown}; this program reads {known!r}",
    "packed.count": "{what}: the count of packed values must be a whole number, got {shown}",
    "packed.damaged": "{what}: the packed data is damaged or cut short; it does not hold the {n:,} values it should",
}


class Message:
    """One message: a code of TEMPLATES and the values of its fields; str() is the English text."""

    __slots__ = ("code", "values")

    def __init__(self, code, **values):
        if code not in TEMPLATES:
            raise KeyError(f"no message {code!r} in core/messages.py")
        self.code, self.values = code, values

    def __str__(self):
        return TEMPLATES[self.code].format(**self.values)

    def __format__(self, spec):
        return format(str(self), spec)

    def __repr__(self):
        return f"Message({self.code!r}, {self.values!r})"

    def __eq__(self, other):
        return isinstance(other, Message) and (self.code, self.values) == (other.code, other.values)

    __hash__ = None


def text(plain):
    """A message core has no code for: the text as it is, English everywhere."""
    return Message("text", text=str(plain))


def either(names):
    """Names joined by commas and a final "or" ("a, b or c"): one name as it is, several as a message."""
    names = [str(n) for n in names]
    if len(names) == 1:
        return names[0]
    return Message("or", first=", ".join(names[:-1]), last=names[-1])


def os_error(e):
    """An OSError's reason (its strerror, else its text) as a message that keeps the errno, to word it."""
    return Message("os.error", text=e.strerror or str(e), errno=e.errno)


def loss_word(name):
    """The loss's name ("cross-entropy", "squared error") as a word of the catalogue."""
    code = f"loss.{name}"
    return Message(code) if code in TEMPLATES else str(name)


def of(error):
    """The Message an error says: its own when it was raised with a code, else its text on one line."""
    if isinstance(error, Message):
        return error
    code, values = getattr(error, "code", None), getattr(error, "values", None)
    if isinstance(code, str) and code in TEMPLATES and isinstance(values, dict):
        return Message(code, **values)
    return text(" ".join(str(error).split()))


class Coded:
    """What makes an exception one of core's messages: raised with a code and its values (or a Message, or
    plain text), it keeps `.code` and `.values`, and str() is the English text."""

    def __init__(self, message="", **values):
        if isinstance(message, str) and message in TEMPLATES and message != "text":
            message = Message(message, **values)
        elif not isinstance(message, Message):
            message = of(message) if isinstance(message, BaseException) else text(message)
        self.code, self.values = message.code, message.values
        super().__init__(str(message))

    @property
    def message(self):
        return Message(self.code, **self.values)


class MessageError(Coded, ValueError):
    """A value core refuses, said by a message of the catalogue."""
