# MindSpore 2.6
from mindspore.train import CheckpointConfig, ModelCheckpoint

config = CheckpointConfig(
    save_checkpoint_steps=1000,
    keep_checkpoint_max=2,
    integrated_save=False,
    append_info=[{'epoch_num': 0, 'step_num': 0, 'global_step': 0, 'loss_scale': 1}],
    format='safetensors',
)
checkpoint_callback = ModelCheckpoint(
    prefix='demo_rank_0',
    directory='./output/checkpoint/rank_0',
    config=config,
)

# model.train(20000, dataset, callbacks=[checkpoint_callback], dataset_sink_mode=True, sink_size=1)
# Run model: 1000 steps per epoch, 0.5 s per step, GRAPH_MODE, Ascend.
