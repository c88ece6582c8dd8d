# MindSpore 2.2
from mindspore.train import CheckpointConfig, ModelCheckpoint

config = CheckpointConfig(save_checkpoint_steps=1875, keep_checkpoint_max=10)
checkpoint_callback = ModelCheckpoint(
    prefix='checkpoint_lenet',
    directory=None,
    config=config,
)

# model.train(10, dataset, callbacks=[checkpoint_callback], dataset_sink_mode=False, sink_size=-1)
# Run model: 1000 steps per epoch, 0.5 s per step, GRAPH_MODE, Ascend.
