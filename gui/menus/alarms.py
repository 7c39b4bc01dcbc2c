"""What the window says when training goes wrong, in the user's language, from core's structured
TrainingDiverged (reason, the epoch it happened, the epoch kept, the dead layer)."""
from PySide6.QtCore import QCoreApplication

from core.model import outputs

from gui.core_messages import word


def loss_name(output):
    """The name of the loss the output layer of that name trains on, as the loss plot's title says it."""
    if outputs.get(output).regression:
        return QCoreApplication.translate("Alarms", "squared error")
    return QCoreApplication.translate("Alarms", "cross-entropy")


def describe(error, output=outputs.DEFAULT):
    """One line for the status bar; core's own English sentence when the details are missing."""
    if getattr(error, "epoch", None) is None:
        return QCoreApplication.translate("Alarms", "Training paused: {0}").format(word(error))
    if error.reason == "dead_at_start":  # nothing was trained: core's sentence says why and what helps
        return QCoreApplication.translate("Alarms", "Cannot train: {0}").format(word(error))
    what = {
        "runaway": QCoreApplication.translate(
            "Alarms", "the loss ({0}) ran away: far above where it started, and still rising").format(
                loss_name(output)),
        "exploding": QCoreApplication.translate("Alarms", "a parameter grew beyond 1e8"),
        "dead_layer": QCoreApplication.translate(
            "Alarms", "every relu unit of hidden layer {0} outputs 0 for every point (dead relu), so the "
                      "layers before it can no longer learn").format(error.layer),
    }.get(error.reason, QCoreApplication.translate("Alarms", "the loss ({0}) or a parameter became infinite")
          .format(loss_name(output)))
    if error.reason == "dead_layer":
        return QCoreApplication.translate(
            "Alarms", "Training paused at epoch {0}: {1}. Kept epoch {2}, the last in which that layer was alive. "
                      "Try a smaller learning rate, or Reset.").format(error.epoch, what, error.kept)
    return QCoreApplication.translate(
        "Alarms", "Training paused at epoch {0}: {1}. Kept epoch {2}. Try a smaller learning rate, or Reset."
    ).format(error.epoch, what, error.kept)
