# MindSpore 2.5
import os

from mindspore.train import CheckpointConfig, ModelCheckpoint

config = CheckpointConfig(
    save_checkpoint_steps=500,
    keep_checkpoint_max=3,
    async_save='thread',
    # 32-byte key, read at run time from 64 hex digits in $MS_CKPT_ENC_KEY
    enc_key=bytes.fromhex(os.environ['MS_CKPT_ENC_KEY']),
)
checkpoint_callback = ModelCheckpoint(
    prefix='CKP',
    directory='./checkpoints',
    config=config,
)

# model.train(10, dataset, callbacks=[checkpoint_callback], dataset_sink_mode=False, sink_size=-1)
# Run model: 1000 steps per epoch, 0.5 s per step, GRAPH_MODE, Ascend.
