"""Training: the configuration, the trainer, gradients, optimizers, health checks and snapshots."""
