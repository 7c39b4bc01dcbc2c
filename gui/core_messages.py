"""core's messages in the user's language: each code of core/messages.py with its English template marked
for translation (context CoreMessages), an operating system's reasons by their errno (context OsErrors),
and word(), which says an error, a message or an OSError in the language installed."""
import errno

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from core import messages

# The same English as core/messages.py (a test holds them equal); lupdate reads them here.
TEMPLATES = {
    'or': QT_TRANSLATE_NOOP("CoreMessages", "{first} or {last}"),
    'label.dataset': QT_TRANSLATE_NOOP("CoreMessages", "data set"),
    'label.points': QT_TRANSLATE_NOOP("CoreMessages", "data set size"),
    'label.noise': QT_TRANSLATE_NOOP("CoreMessages", "noise"),
    'label.data_seed': QT_TRANSLATE_NOOP("CoreMessages", "data seed"),
    'label.test_ratio': QT_TRANSLATE_NOOP("CoreMessages", "test ratio"),
    'label.split_seed': QT_TRANSLATE_NOOP("CoreMessages", "split seed"),
    'label.hidden': QT_TRANSLATE_NOOP("CoreMessages", "hidden layers"),
    'label.activation': QT_TRANSLATE_NOOP("CoreMessages", "activation"),
    'label.init': QT_TRANSLATE_NOOP("CoreMessages", "init"),
    'label.lr': QT_TRANSLATE_NOOP("CoreMessages", "learning rate"),
    'label.epochs': QT_TRANSLATE_NOOP("CoreMessages", "epoch limit"),
    'label.batch_size': QT_TRANSLATE_NOOP("CoreMessages", "batch size (0: all points)"),
    'label.gradient': QT_TRANSLATE_NOOP("CoreMessages", "gradient"),
    'label.seed': QT_TRANSLATE_NOOP("CoreMessages", "seed"),
    'label.h': QT_TRANSLATE_NOOP("CoreMessages", "difference step h"),
    'label.features': QT_TRANSLATE_NOOP("CoreMessages", "feature"),
    'label.regularization': QT_TRANSLATE_NOOP("CoreMessages", "regularization"),
    'label.reg_rate': QT_TRANSLATE_NOOP("CoreMessages", "regularization rate"),
    'label.output': QT_TRANSLATE_NOOP("CoreMessages", "output"),
    'label.classes': QT_TRANSLATE_NOOP("CoreMessages", "classes"),
    'label.speed': QT_TRANSLATE_NOOP("CoreMessages", "speed"),
    'label.log_scale': QT_TRANSLATE_NOOP("CoreMessages", "log scale"),
    'label.optimizer': QT_TRANSLATE_NOOP("CoreMessages", "optimizer"),
    'label.momentum': QT_TRANSLATE_NOOP("CoreMessages", "momentum"),
    'label.beta1': QT_TRANSLATE_NOOP("CoreMessages", "beta1"),
    'label.beta2': QT_TRANSLATE_NOOP("CoreMessages", "beta2"),
    'label.each': QT_TRANSLATE_NOOP("CoreMessages", "each of the {label}"),
    'span.greater': QT_TRANSLATE_NOOP("CoreMessages", "greater than {lo}"),
    'span.at_least': QT_TRANSLATE_NOOP("CoreMessages", "at least {lo}"),
    'span.in': QT_TRANSLATE_NOOP("CoreMessages", "in {interval}"),
    'span.from_to': QT_TRANSLATE_NOOP("CoreMessages", "from {lo} to {hi}"),
    'setting.bool': QT_TRANSLATE_NOOP("CoreMessages", "{label} must be true or false, got {value!r}"),
    'setting.choice': QT_TRANSLATE_NOOP("CoreMessages", "{label} must be one of {choices}, got {value!r}"),
    'setting.whole': QT_TRANSLATE_NOOP("CoreMessages", "{label} must be a whole number from {lo} to {hi}, got {value}"),
    'setting.number': QT_TRANSLATE_NOOP("CoreMessages", "{label} must be a number {span}, got {value}"),
    'setting.text': QT_TRANSLATE_NOOP("CoreMessages", "{label} must be text, got {value!r}"),
    'setting.unknown': QT_TRANSLATE_NOOP("CoreMessages", "unknown {label} {item!r}; choose {choices}"),
    'setting.names': QT_TRANSLATE_NOOP("CoreMessages", "{label} names {count}; from {fewest} to {most} may be given"),
    'setting.list': QT_TRANSLATE_NOOP("CoreMessages", "{label} must be a list, got {value!r}"),
    'setting.count': QT_TRANSLATE_NOOP("CoreMessages", "{label} must number {fewest} to {most}, got {count}"),
    'data.coordinates': QT_TRANSLATE_NOOP("CoreMessages", "every coordinate must be a finite number within "
                                                          "±{limit:g}; this data set has {largest:g}"),
    'data.labels': QT_TRANSLATE_NOOP("CoreMessages", "every label must be a finite number within ±{limit:g}; this "
                                                     "data set has {largest:g}"),
    'data.unknown': QT_TRANSLATE_NOOP("CoreMessages", "unknown data set {name!r}; choose one of {names}"),
    'data.no_training': QT_TRANSLATE_NOOP("CoreMessages", "test ratio leaves no training points"),
    'data.drawn_class': QT_TRANSLATE_NOOP("CoreMessages", "a drawn point's class is a whole number from 0 to {top}, "
                                                          "got {label!r}"),
    'data.full': QT_TRANSLATE_NOOP("CoreMessages", "a data set holds at most {most:,} points"),
    'csv.too_big': QT_TRANSLATE_NOOP("CoreMessages", "{path}: the file is {mb:,.0f} MB; at most {most_mb} MB "
                                                     "({most:,} points) can be read"),
    'csv.row': QT_TRANSLATE_NOOP("CoreMessages", "{path}: row {row}: {error}"),
    'step.at_limit': QT_TRANSLATE_NOOP("CoreMessages", "the epoch limit ({limit}) is reached; raise it to step on"),
    'kind.folder': QT_TRANSLATE_NOOP("CoreMessages", "a folder"),
    'kind.fifo': QT_TRANSLATE_NOOP("CoreMessages", "a named pipe (FIFO)"),
    'kind.char_device': QT_TRANSLATE_NOOP("CoreMessages", "a character device"),
    'kind.block_device': QT_TRANSLATE_NOOP("CoreMessages", "a block device"),
    'kind.socket': QT_TRANSLATE_NOOP("CoreMessages", "a socket"),
    'kind.other': QT_TRANSLATE_NOOP("CoreMessages", "not a regular file"),
    'file.not_regular': QT_TRANSLATE_NOOP("CoreMessages", "{kind}, not a regular file; only regular files are read"),  # noqa: E501
    'file.too_big': QT_TRANSLATE_NOOP("CoreMessages", "the file is {size}; at most {most} can be read"),
    'file.grew': QT_TRANSLATE_NOOP("CoreMessages", "the file grew beyond {most} while it was read; at most {most} can be read"),  # noqa: E501
    'file.cannot_read': QT_TRANSLATE_NOOP("CoreMessages", "cannot read: {reason}"),
    'file.refused': QT_TRANSLATE_NOOP("CoreMessages", "{path}: {error}"),
    'session.containers': QT_TRANSLATE_NOOP("CoreMessages", "not a session file: {count:,} lists and objects; a session holds at most {most:,}"),  # noqa: E501
    'session.too_large': QT_TRANSLATE_NOOP("CoreMessages", "cannot save the session: it would be {size}, above the {most} a session file may hold (its loss history grows with every epoch); export the loss history as CSV instead, or save before training this long"),  # noqa: E501
    'csv.read': QT_TRANSLATE_NOOP("CoreMessages", "{path}: cannot read: {reason}"),
    'csv.not_text': QT_TRANSLATE_NOOP("CoreMessages", "{path}: not a text CSV file (UTF-8 expected)"),
    'csv.not_finite': QT_TRANSLATE_NOOP("CoreMessages", "{path}: row {row}, column {column}: {cell!r} is not a finite "
                                                        "number"),
    'csv.not_number': QT_TRANSLATE_NOOP("CoreMessages", "{path}: row {row}, column {column}: not a number: {cell!r}"),
    'csv.beyond': QT_TRANSLATE_NOOP("CoreMessages", "{path}: row {row}, column {column}: {cell!r} is beyond "
                                                    "±{limit:g}"),
    'csv.class': QT_TRANSLATE_NOOP("CoreMessages", "{path}: row {row}, column y: a class is a whole number from 0 "
                                                   "to {top}, got {cell!r} (real values need the linear output, for "
                                                   "regression)"),
    'csv.too_many': QT_TRANSLATE_NOOP("CoreMessages", "{path}: more than {most:,} data rows; at most {most:,} points "
                                                      "can be used"),
    'csv.empty': QT_TRANSLATE_NOOP("CoreMessages", "{path}: the file is empty; expected a header x1,x2,y"),
    'csv.repeated': QT_TRANSLATE_NOOP("CoreMessages", "{path}: row 1 (header): column {column} appears {count} times"),
    'csv.missing': QT_TRANSLATE_NOOP("CoreMessages", "{path}: row 1 (header): missing column(s) {missing}; found "
                                                     "{found}"),
    'csv.few': QT_TRANSLATE_NOOP("CoreMessages", "{path}: needs at least 2 data rows, found {count}"),
    'csv.single_class': QT_TRANSLATE_NOOP("CoreMessages", "{path}: column y has a single class ({label}); both 0 and "
                                                          "1 are needed"),
    'network.hidden_text': QT_TRANSLATE_NOOP("CoreMessages", "--hidden takes neuron counts like 3 or 4,4, got "
                                                             "{text!r}"),
    'network.layers': QT_TRANSLATE_NOOP("CoreMessages", "hidden layers must number 1 to {most}, got {count}"),
    'network.neurons': QT_TRANSLATE_NOOP("CoreMessages", "each hidden layer needs 1 to {most} neurons, got {sizes}"),
    'network.lecture_init': QT_TRANSLATE_NOOP("CoreMessages", "init {kind!r} needs the lecture's 2-3-1 shape with "
                                                              "inputs x1, x2; use 'random' for hidden={hidden}, "
                                                              "features={features}"),
    'network.lecture_init_pieces': QT_TRANSLATE_NOOP("CoreMessages", "init {kind!r} has one affine node per unit, the "
                                                                     "lecture's; a {activation} unit has {pieces} "
                                                                     "pieces: use 'random'"),
    'network.unknown_init': QT_TRANSLATE_NOOP("CoreMessages", "unknown init {kind!r}; choose one of {names}"),
    'features.unknown': QT_TRANSLATE_NOOP("CoreMessages", "unknown feature {key!r}; choose from {keys}"),
    'features.none': QT_TRANSLATE_NOOP("CoreMessages", "choose at least one input feature"),
    'features.twice': QT_TRANSLATE_NOOP("CoreMessages", "a feature is listed twice in {keys}"),
    'activation.unknown': QT_TRANSLATE_NOOP("CoreMessages", "unknown activation {name!r}; choose one of {names}"),
    'activation.count': QT_TRANSLATE_NOOP("CoreMessages", "activation {text!r} names {count} activations for {layers} "
                                                          "hidden layers; give one name for all of them or one per "
                                                          "layer"),
    'activation.count_one': QT_TRANSLATE_NOOP("CoreMessages", "activation {text!r} names {count} activations for "
                                                              "{layers} hidden layer; give one name for all of them "
                                                              "or one per layer"),
    'output.softmax_units': QT_TRANSLATE_NOOP("CoreMessages", "a softmax needs at least two units, got {units}"),
    'output.binary': QT_TRANSLATE_NOOP("CoreMessages", "0 or 1"),
    'output.class_range': QT_TRANSLATE_NOOP("CoreMessages", "a class from 0 to {top}"),
    'output.classes': QT_TRANSLATE_NOOP("CoreMessages", "the {name} output classifies, so every label y must be "
                                                        "{allowed}, but this data has real-valued labels (e.g. y = "
                                                        "{odd:.4g}): choose the linear output (regression) for it"),
    'output.class_labels': QT_TRANSLATE_NOOP("CoreMessages", "the {name} output tells {units} classes apart (0 to "
                                                             "{top}), but this data has the label y = {odd:g}: choose "
                                                             "the softmax output with {needed} classes for it"),
    'output.unknown': QT_TRANSLATE_NOOP("CoreMessages", "unknown output {name!r}; choose sigmoid, softmax or linear "
                                                        "(regression)"),
    'regularizer.unknown': QT_TRANSLATE_NOOP("CoreMessages", "unknown regularization {name!r}; choose {choices}"),
    'optimizer.no_state': QT_TRANSLATE_NOOP("CoreMessages", "{name} keeps no state, got {state!r}"),
    'optimizer.unknown': QT_TRANSLATE_NOOP("CoreMessages", "unknown optimizer {name!r}; choose one of {names}"),
    'loss.cross-entropy': QT_TRANSLATE_NOOP("CoreMessages", "cross-entropy"),
    'loss.squared error': QT_TRANSLATE_NOOP("CoreMessages", "squared error"),
    'training.initial_count': QT_TRANSLATE_NOOP("CoreMessages", "expected {n} initial parameters, got {shape}"),
    'training.start_not_finite': QT_TRANSLATE_NOOP("CoreMessages", "the loss is not finite at the start: the data or "
                                                                   "the initial parameters are too large for this "
                                                                   "network"),
    'training.params_shape': QT_TRANSLATE_NOOP("CoreMessages", "parameters must be finite and match the network's "
                                                               "shape"),
    'training.params_infinite': QT_TRANSLATE_NOOP("CoreMessages", "these values would make the loss infinite; nothing "
                                                                  "was changed"),
    'training.no_param': QT_TRANSLATE_NOOP("CoreMessages", "no parameter named {name!r}"),
    'training.param_value': QT_TRANSLATE_NOOP("CoreMessages", "{name} = {value:g}: {error}"),
    'training.optimizer_dict': QT_TRANSLATE_NOOP("CoreMessages", "an optimizer state must be a dict, got {kind}"),
    'training.optimizer_shape': QT_TRANSLATE_NOOP("CoreMessages", "an optimizer state holds numbers or one value for "
                                                                  "each of the {size} parameters"),
    'training.no_points': QT_TRANSLATE_NOOP("CoreMessages", "there are no points to train on; add some first"),
    'training.param_not_finite': QT_TRANSLATE_NOOP("CoreMessages", "a parameter became infinite or NaN."),
    'training.loss_not_finite': QT_TRANSLATE_NOOP("CoreMessages", "the loss ({loss}) became infinite or NaN."),
    'training.runaway': QT_TRANSLATE_NOOP("CoreMessages", "the loss ({loss}) rose to {value:.3g}, far above where it "
                                                          "started ({start:.3g}), and is still rising."),
    'training.exploding': QT_TRANSLATE_NOOP("CoreMessages", "a parameter reached {value:.3g}"),
    'training.dead': QT_TRANSLATE_NOOP("CoreMessages", "every relu unit of hidden layer {layer} outputs 0 for every "
                                                       "training point, so no gradient reaches the layers before it "
                                                       "(dead relu)"),
    'training.dead_at_start': QT_TRANSLATE_NOOP("CoreMessages", "hidden layer {layer} is dead before training (epoch "
                                                                "{epoch}): every relu unit outputs 0 for every "
                                                                "training point (dead relu), so no gradient can move "
                                                                "it. A smaller learning rate will not help; try more "
                                                                "units, another activation, or another start "
                                                                "(another seed with random initial values)."),
    'training.nearly_dead_at_start': QT_TRANSLATE_NOOP("CoreMessages", "hidden layer {layer} is nearly dead at the "
                                                                       "start: {alive} of its {units} relu units "
                                                                       "output more than 0, for {share:.0f}% of the "
                                                                       "unit and training point pairs, and a "
                                                                       "trial from the start finds it dead at epoch "
                                                                       "{died}. A smaller "
                                                                       "learning rate will not help; try more units, "
                                                                       "another activation, or another start "
                                                                       "(another seed with random initial values)."),
    'training.stopped': QT_TRANSLATE_NOOP("CoreMessages", "training stopped at epoch {at}: {what}."),
    'training.dead_kept': QT_TRANSLATE_NOOP("CoreMessages", "{error} Kept epoch {kept}, the last in which that layer "
                                                            "was alive; try a smaller learning rate (now {lr:g}), or "
                                                            "Reset."),
    'training.stopped_kept': QT_TRANSLATE_NOOP("CoreMessages", "{error} Kept epoch {kept}; try a smaller learning "
                                                               "rate (now {lr:g}), or Reset."),
    'training.diverged': QT_TRANSLATE_NOOP("CoreMessages", "training diverged at epoch {epoch} (learning rate "
                                                           "{lr:g}): {error} Kept epoch {kept}; try a smaller "
                                                           "learning rate."),
    'explain.changed': QT_TRANSLATE_NOOP("CoreMessages", "the training changed since it was explained; nothing was "
                                                         "applied"),
    'explain.unknown_param': QT_TRANSLATE_NOOP("CoreMessages", "unknown parameter {param!r}"),
    'explain.no_points': QT_TRANSLATE_NOOP("CoreMessages", "there are no points; draw some first"),
    'explain.regularization': QT_TRANSLATE_NOOP("CoreMessages", "the lecture's loss has no regularization; set "
                                                                "regularization to none to explain an epoch"),
    'lessons.step': QT_TRANSLATE_NOOP("CoreMessages", "the step h must be positive, got {h}"),
    'diagram.install_hint': QT_TRANSLATE_NOOP("CoreMessages", "install a Graphviz engine with `pip install "
                                                              "pygraphviz` or `apt-get install graphviz`"),
    'diagram.params': QT_TRANSLATE_NOOP("CoreMessages", "snapshot has {params} parameters for {names} names"),
    'diagram.extension': QT_TRANSLATE_NOOP("CoreMessages", "{path!r}: the file name must end in .dot, .svg, .png or "
                                                           ".pdf"),
    'diagram.format': QT_TRANSLATE_NOOP("CoreMessages", "unknown format {fmt!r}; choose one of {formats}"),
    'diagram.engine_failed': QT_TRANSLATE_NOOP("CoreMessages", "Graphviz ({engine}) could not render {fmt}: {detail}"),
    'diagram.no_engine': QT_TRANSLATE_NOOP("CoreMessages", "cannot render {fmt}: no Graphviz engine found; {hint} "
                                                           "(DOT export works without one)"),
    'diagram.page': QT_TRANSLATE_NOOP("CoreMessages", "unknown page {page!r}; choose one of {pages}"),
    'notebook.unsupported': QT_TRANSLATE_NOOP("CoreMessages", "cannot write the run as a notebook: the notebook "
                                                              "has no code for the {label} {name!r}"),
    'session.missing': QT_TRANSLATE_NOOP("CoreMessages", "missing {key!r}"),
    'session.whole': QT_TRANSLATE_NOOP("CoreMessages", "{what} must be a whole number, got {shown}"),
    'session.range': QT_TRANSLATE_NOOP("CoreMessages", "{what} is out of range: {value} (allowed {lo} to {hi})"),
    'session.finite': QT_TRANSLATE_NOOP("CoreMessages", "{what} must be a finite number, got {shown}"),
    'session.setting_range': QT_TRANSLATE_NOOP("CoreMessages", "{what} is out of range: {shown}; {label} must be "
                                                               "{span}"),
    'session.field': QT_TRANSLATE_NOOP("CoreMessages", "{what}: {error}"),
    'session.text': QT_TRANSLATE_NOOP("CoreMessages", "{what} must be text, got {shown}"),
    'session.numbers': QT_TRANSLATE_NOOP("CoreMessages", "{what} must be a list of numbers, got {shown}"),
    'session.length': QT_TRANSLATE_NOOP("CoreMessages", "{what} has {count} values, expected {n}"),
    'session.no_record': QT_TRANSLATE_NOOP("CoreMessages", "cannot save the session: the state lacks its initial "
                                                           "parameters or data"),
    'session.no_points': QT_TRANSLATE_NOOP("CoreMessages", "cannot save the session: there are no points; add some "
                                                           "first"),
    'session.unsaveable': QT_TRANSLATE_NOOP("CoreMessages", "cannot save the session: {error}"),
    'session.config': QT_TRANSLATE_NOOP("CoreMessages", "invalid configuration: {error}"),
    'session.optimizer': QT_TRANSLATE_NOOP("CoreMessages", "optimizer_state must be an object, got {shown}"),
    'session.hidden': QT_TRANSLATE_NOOP("CoreMessages", "{what} must list {fewest} to {most} layer sizes, got {shown}"),
    'session.features': QT_TRANSLATE_NOOP("CoreMessages", "{what} must be a list of feature names, got {shown}"),
    'session.points': QT_TRANSLATE_NOOP("CoreMessages", "{what} needs equally long point and label lists of 1 to "
                                                        "{most}"),
    'session.pair': QT_TRANSLATE_NOOP("CoreMessages", "{what}.X[{i}] must be a pair [x1, x2], got {shown}"),
    'session.class': QT_TRANSLATE_NOOP("CoreMessages", "{what}.y[{i}] must be a class from 0 to {top} for a "
                                                       "classifying output, got {shown} (real labels need the linear "
                                                       "output)"),
    'session.kind': QT_TRANSLATE_NOOP("CoreMessages", "data.kind must be 'builtin' or 'points', got {shown}"),
    'session.dataset': QT_TRANSLATE_NOOP("CoreMessages", "unknown data set {name!r}; this program has {names}"),
    'session.rebuild': QT_TRANSLATE_NOOP("CoreMessages", "cannot rebuild the data set: {error}"),
    'session.fingerprint': QT_TRANSLATE_NOOP("CoreMessages", "the data set {name!r} comes out different here than "
                                                             "where it was saved (another numpy version?), so "
                                                             "training could not resume exactly"),
    'session.not_utf8': QT_TRANSLATE_NOOP("CoreMessages", "not a session file: not UTF-8 text"),
    'session.empty': QT_TRANSLATE_NOOP("CoreMessages", "the file is empty"),
    'session.truncated': QT_TRANSLATE_NOOP("CoreMessages", "the file is truncated (the JSON ends early)"),
    'session.json': QT_TRANSLATE_NOOP("CoreMessages", "not a session file: invalid JSON at line {line}, column "
                                                      "{column}"),
    'session.nested': QT_TRANSLATE_NOOP("CoreMessages", "not a session file: JSON nested too deeply"),
    'session.not_session': QT_TRANSLATE_NOOP("CoreMessages", "not a session file: {detail}"),
    'session.format': QT_TRANSLATE_NOOP("CoreMessages", 'not an MLP Playground session (no "format": '
                                                        '"mlp-playground-session")'),
    'session.version_type': QT_TRANSLATE_NOOP("CoreMessages", "version must be a whole number, got {shown}"),
    'session.version': QT_TRANSLATE_NOOP("CoreMessages", "unsupported session version {version}; this program reads "
                                                         "version {supported}"),
    'session.version_newer': QT_TRANSLATE_NOOP("CoreMessages", "unsupported session version {version} (saved by a "
                                                               "newer MLP Playground); this program reads version "
                                                               "{supported}"),
    'session.names': QT_TRANSLATE_NOOP("CoreMessages", "parameter names do not match a {shape} network: got {shown}"),
    'session.test_loss': QT_TRANSLATE_NOOP("CoreMessages", "history.test_loss must be present exactly when there is a "
                                                           "test set"),
    'session.rng': QT_TRANSLATE_NOOP("CoreMessages", "rng_state must be a PCG64 generator state"),
    'session.origin': QT_TRANSLATE_NOOP("CoreMessages", "origin must be null or an object, got {shown}"),
    'session.origin_rng': QT_TRANSLATE_NOOP("CoreMessages", "origin.rng_state must be a PCG64 generator state"),
    'session.restore': QT_TRANSLATE_NOOP("CoreMessages", "the saved state cannot be restored: {error}"),
    'session.read': QT_TRANSLATE_NOOP("CoreMessages", "{name}: cannot read: {reason}"),
    'session.in_file': QT_TRANSLATE_NOOP("CoreMessages", "{name}: {error}"),
    'session.too_long': QT_TRANSLATE_NOOP("CoreMessages", "cannot save the session: it holds {epochs:,} epochs of history, more than the {most:,} a session file may hold; export the loss history as CSV instead, or save before training this long"),  # noqa: E501
    'session.history_limit': QT_TRANSLATE_NOOP("CoreMessages", "epoch is {epoch:,}, but a session file holds at most {most:,} epochs of history"),  # noqa: E501
    'packed.kind': QT_TRANSLATE_NOOP("CoreMessages", "{what}: unknown packing {shown}; this program reads {known!r}"),
    'packed.count': QT_TRANSLATE_NOOP("CoreMessages", "{what}: the count of packed values must be a whole number, got {shown}"),  # noqa: E501
    'packed.damaged': QT_TRANSLATE_NOOP("CoreMessages", "{what}: the packed data is damaged or cut short; it does not hold the {n:,} values it should"),  # noqa: E501
}

# An OSError's reason by its errno; the system's own text (strerror) where none is translated.
OS_REASONS = {
    errno.EACCES: QT_TRANSLATE_NOOP("OsErrors", "Permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("OsErrors", "Operation not permitted"),
    errno.ENOENT: QT_TRANSLATE_NOOP("OsErrors", "No such file or directory"),
    errno.EROFS: QT_TRANSLATE_NOOP("OsErrors", "Read-only file system"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("OsErrors", "No space left on device"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("OsErrors", "Disk quota exceeded"),
    errno.EISDIR: QT_TRANSLATE_NOOP("OsErrors", "Is a directory"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("OsErrors", "Not a directory"),
    errno.EEXIST: QT_TRANSLATE_NOOP("OsErrors", "File exists"),
    errno.ENOTEMPTY: QT_TRANSLATE_NOOP("OsErrors", "Directory not empty"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("OsErrors", "File name too long"),
    errno.ELOOP: QT_TRANSLATE_NOOP("OsErrors", "Too many levels of symbolic links"),
    errno.EFBIG: QT_TRANSLATE_NOOP("OsErrors", "File too large"),
    errno.EMFILE: QT_TRANSLATE_NOOP("OsErrors", "Too many open files"),
    errno.EBUSY: QT_TRANSLATE_NOOP("OsErrors", "Device or resource busy"),
    errno.ETXTBSY: QT_TRANSLATE_NOOP("OsErrors", "Text file busy"),
    errno.EIO: QT_TRANSLATE_NOOP("OsErrors", "Input/output error"),
    errno.EINVAL: QT_TRANSLATE_NOOP("OsErrors", "Invalid argument"),
}

# Strings of Qt's own file dialog that qtbase_ko.qm lacks (Qt 6 added the mnemonics to its labels, the
# catalogue has only "Look in:" and "Files of type:"); our catalogue is consulted too.
QT_FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def os_reason(number, text):
    """An operating system's reason in the user's language: by its errno, else its own text."""
    source = OS_REASONS.get(number)
    if source is None:
        return text
    said = QCoreApplication.translate("OsErrors", source)
    return text if said == source else said  # untranslated: the system's own words


def word(item):
    """What `item` says in the user's language: one of core's errors or messages, an OSError (its reason),
    or any other exception (its text, on one line)."""
    if isinstance(item, OSError) and not isinstance(item, messages.Coded):
        return os_reason(item.errno, item.strerror or " ".join(str(item).split()))
    message = messages.of(item)
    if message.code == "os.error":
        return os_reason(message.values.get("errno"), message.values["text"])
    source = TEMPLATES.get(message.code)
    values = {k: word(v) if isinstance(v, messages.Message) else v for k, v in message.values.items()}
    if source is None:
        return messages.TEMPLATES[message.code].format(**values)
    try:
        return QCoreApplication.translate("CoreMessages", source).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation whose fields do not match: the English
        return source.format(**values)
