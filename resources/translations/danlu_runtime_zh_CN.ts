<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LayerDocs</name>
    <message>
        <source>Linear (dense)</source>
        <translation>全连接层（Linear）</translation>
    </message>
    <message>
        <source>Multiplies a vector by a learned weight matrix and adds a bias, giving out_features numbers.</source>
        <translation>用学习到的权重矩阵乘以向量并加上偏置，得到 out_features 个数。</translation>
    </message>
    <message>
        <source>Use it to combine features and as the last layer, with out_features equal to the number of classes or targets.</source>
        <translation>用于组合特征，也用作最后一层，此时 out_features 等于类别数或目标数。</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>嵌入层（Embedding）</translation>
    </message>
    <message>
        <source>Turns each token id into a learned vector of embedding_dim numbers.</source>
        <translation>把每个词元 ID 变成一个长度为 embedding_dim 的可学习向量。</translation>
    </message>
    <message>
        <source>Use it as the first layer for text, so that later layers receive numbers instead of ids.</source>
        <translation>作为文本的第一层，让后面的层接收数值而不是 ID。</translation>
    </message>
    <message>
        <source>Convolution 1D</source>
        <translation>一维卷积</translation>
    </message>
    <message>
        <source>Slides learned filters along a [channels, length] signal to detect local patterns.</source>
        <translation>在 [通道, 长度] 信号上滑动可学习的滤波器，检测局部模式。</translation>
    </message>
    <message>
        <source>Use it for time series and signals, after a permute that puts channels first.</source>
        <translation>用于时间序列和信号，先用 permute 把通道放到前面。</translation>
    </message>
    <message>
        <source>Convolution 2D</source>
        <translation>二维卷积</translation>
    </message>
    <message>
        <source>Slides learned filters over an image to detect edges, textures and shapes.</source>
        <translation>在图像上滑动可学习的滤波器，检测边缘、纹理和形状。</translation>
    </message>
    <message>
        <source>Use it for images; stack a few with pooling in between to see larger patterns.</source>
        <translation>用于图像；堆叠几层并在中间加池化，以看到更大的模式。</translation>
    </message>
    <message>
        <source>Max pooling 1D</source>
        <translation>一维最大池化</translation>
    </message>
    <message>
        <source>Keeps the largest value in each window along the length, shrinking it by the stride.</source>
        <translation>沿长度方向保留每个窗口中的最大值，按步幅缩短。</translation>
    </message>
    <message>
        <source>Use it between conv1d layers to shorten a signal while keeping strong responses.</source>
        <translation>放在 conv1d 层之间，缩短信号并保留强响应。</translation>
    </message>
    <message>
        <source>Max pooling 2D</source>
        <translation>二维最大池化</translation>
    </message>
    <message>
        <source>Keeps the largest value in each window of an image, shrinking it by the stride.</source>
        <translation>保留图像每个窗口中的最大值，按步幅缩小。</translation>
    </message>
    <message>
        <source>Use it between conv2d layers to halve the image size and make features more robust to small shifts.</source>
        <translation>放在 conv2d 层之间，将图像尺寸减半，并使特征对小幅平移更稳健。</translation>
    </message>
    <message>
        <source>Average pooling 1D</source>
        <translation>一维平均池化</translation>
    </message>
    <message>
        <source>Averages each window along the length, shrinking it by the stride.</source>
        <translation>沿长度方向对每个窗口取平均，按步幅缩短。</translation>
    </message>
    <message>
        <source>Use it to smooth and shorten a signal between conv1d layers.</source>
        <translation>放在 conv1d 层之间，平滑并缩短信号。</translation>
    </message>
    <message>
        <source>Average pooling 2D</source>
        <translation>二维平均池化</translation>
    </message>
    <message>
        <source>Averages each window of an image, shrinking it by the stride.</source>
        <translation>对图像的每个窗口取平均，按步幅缩小。</translation>
    </message>
    <message>
        <source>Use it to downsample images more gently than max pooling.</source>
        <translation>比最大池化更平缓地对图像降采样。</translation>
    </message>
    <message>
        <source>Adaptive average pooling 1D</source>
        <translation>一维自适应平均池化</translation>
    </message>
    <message>
        <source>Averages a [channels, length] map down to a fixed output_size, whatever the input length.</source>
        <translation>无论输入多长，都把 [通道, 长度] 特征平均到固定的 output_size。</translation>
    </message>
    <message>
        <source>Use it before flatten so the next linear layer does not depend on the input length.</source>
        <translation>放在 flatten 之前，使后面的全连接层不依赖输入长度。</translation>
    </message>
    <message>
        <source>Adaptive average pooling 2D</source>
        <translation>二维自适应平均池化</translation>
    </message>
    <message>
        <source>Averages an image map down to a fixed output_size x output_size grid.</source>
        <translation>把图像特征图平均到固定的 output_size × output_size 网格。</translation>
    </message>
    <message>
        <source>Use it before flatten so the network works for any image size.</source>
        <translation>放在 flatten 之前，使网络适用于任意图像尺寸。</translation>
    </message>
    <message>
        <source>Global average pooling</source>
        <translation>全局平均池化</translation>
    </message>
    <message>
        <source>Averages each channel over all positions, turning a [C, ...] map into a vector [C].</source>
        <translation>对每个通道在所有位置上取平均，把 [C, ...] 特征图变成向量 [C]。</translation>
    </message>
    <message>
        <source>Use it at the end of a convolutional network, just before the last linear layer.</source>
        <translation>用在卷积网络末尾，紧挨最后一个全连接层之前。</translation>
    </message>
    <message>
        <source>Sequence pooling</source>
        <translation>序列池化</translation>
    </message>
    <message>
        <source>Summarises a [time, features] sequence into one vector by the mean, the max or the last step.</source>
        <translation>用均值、最大值或最后一步，把 [时间, 特征] 序列汇总为一个向量。</translation>
    </message>
    <message>
        <source>Use it after recurrent, attention or transformer layers to get one vector per sequence.</source>
        <translation>放在循环层、注意力层或 Transformer 层之后，为每条序列得到一个向量。</translation>
    </message>
    <message>
        <source>Simple RNN</source>
        <translation>简单 RNN</translation>
    </message>
    <message>
        <source>Reads a sequence step by step, keeping a hidden state that summarises what it has seen.</source>
        <translation>逐步读取序列，并保持一个概括已读内容的隐藏状态。</translation>
    </message>
    <message>
        <source>Use it for short sequences; prefer LSTM or GRU for longer ones.</source>
        <translation>用于短序列；较长的序列优先使用 LSTM 或 GRU。</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>A recurrent layer with gates that decide what to remember and forget, so it keeps long-range information.</source>
        <translation>带门控的循环层，由门决定记住和遗忘什么，因此能保留长程信息。</translation>
    </message>
    <message>
        <source>Use it for sequences and text where order and long-range context matter.</source>
        <translation>用于顺序和长程上下文很重要的序列和文本。</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>A lighter gated recurrent layer, similar to LSTM with fewer parameters.</source>
        <translation>更轻量的门控循环层，与 LSTM 类似但参数更少。</translation>
    </message>
    <message>
        <source>Use it for sequences, text and forecasting when you want LSTM-like results faster.</source>
        <translation>用于序列、文本和时序预测，想更快得到接近 LSTM 的效果时使用。</translation>
    </message>
    <message>
        <source>Self-attention</source>
        <translation>自注意力</translation>
    </message>
    <message>
        <source>Lets every step of a sequence look at every other step and mix in what is relevant.</source>
        <translation>让序列的每一步都能查看其他所有步，并融合相关的信息。</translation>
    </message>
    <message>
        <source>Use it when distant parts of a sequence must interact; the feature size must be divisible by num_heads.</source>
        <translation>当序列中相距很远的部分需要相互作用时使用；特征维度必须能被 num_heads 整除。</translation>
    </message>
    <message>
        <source>Positional encoding</source>
        <translation>位置编码</translation>
    </message>
    <message>
        <source>Adds information about each step's position, fixed (sinusoidal) or learned.</source>
        <translation>加入每一步位置的信息，可以是固定的（正弦）或可学习的。</translation>
    </message>
    <message>
        <source>Use it right before attention or transformer layers, which otherwise ignore order.</source>
        <translation>紧挨在注意力层或 Transformer 层之前使用，否则它们会忽略顺序。</translation>
    </message>
    <message>
        <source>Transformer encoder</source>
        <translation>Transformer 编码器</translation>
    </message>
    <message>
        <source>Stacks self-attention and small feed-forward networks with normalisation and skip connections.</source>
        <translation>堆叠自注意力和小型前馈网络，并带有归一化和跳跃连接。</translation>
    </message>
    <message>
        <source>Use it for text and longer sequences after an embedding or linear projection and a positional encoding.</source>
        <translation>用于文本和较长序列，放在嵌入层或线性投影以及位置编码之后。</translation>
    </message>
    <message>
        <source>Batch normalisation 1D</source>
        <translation>一维批归一化</translation>
    </message>
    <message>
        <source>Normalises each feature or channel using statistics of the current batch, then rescales it.</source>
        <translation>用当前批次的统计量对每个特征或通道归一化，然后重新缩放。</translation>
    </message>
    <message>
        <source>Use it after linear or conv1d layers to train faster and more stably.</source>
        <translation>放在 linear 或 conv1d 层之后，使训练更快更稳定。</translation>
    </message>
    <message>
        <source>Batch normalisation 2D</source>
        <translation>二维批归一化</translation>
    </message>
    <message>
        <source>Normalises each image channel using statistics of the current batch, then rescales it.</source>
        <translation>用当前批次的统计量对每个图像通道归一化，然后重新缩放。</translation>
    </message>
    <message>
        <source>Use it after conv2d layers, before the activation, to train deeper networks.</source>
        <translation>放在 conv2d 层之后、激活函数之前，用于训练更深的网络。</translation>
    </message>
    <message>
        <source>Layer normalisation</source>
        <translation>层归一化</translation>
    </message>
    <message>
        <source>Normalises the last axis of each sample on its own, independent of the batch.</source>
        <translation>对每个样本的最后一个轴单独归一化，与批次无关。</translation>
    </message>
    <message>
        <source>Use it in sequence and attention models, or when batches are small.</source>
        <translation>用于序列和注意力模型，或批次较小时。</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>During training, sets a random fraction p of values to zero; does nothing when predicting.</source>
        <translation>训练时随机把比例为 p 的数值置零；预测时不起作用。</translation>
    </message>
    <message>
        <source>Use it before the last layers when the model fits the training data much better than the validation data.</source>
        <translation>当模型在训练数据上明显好于验证数据时，放在最后几层之前。</translation>
    </message>
    <message>
        <source>Channel dropout (2D)</source>
        <translation>通道 Dropout（2D）</translation>
    </message>
    <message>
        <source>During training, drops whole channels of an image map at random.</source>
        <translation>训练时随机丢弃图像特征图的整个通道。</translation>
    </message>
    <message>
        <source>Use it between conv2d layers to reduce overfitting on small image datasets.</source>
        <translation>放在 conv2d 层之间，减轻小型图像数据集上的过拟合。</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Keeps positive values and sets negative ones to zero.</source>
        <translation>保留正值，把负值置零。</translation>
    </message>
    <message>
        <source>Use it after most linear and convolution layers; it is the usual default.</source>
        <translation>用在大多数全连接层和卷积层之后；这是常用的默认选择。</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>Like ReLU, but lets a small slope of negative values through.</source>
        <translation>与 ReLU 类似，但让负值以很小的斜率通过。</translation>
    </message>
    <message>
        <source>Use it instead of ReLU when many units stop learning (always output zero).</source>
        <translation>当许多单元停止学习（总是输出零）时，用它代替 ReLU。</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>Like ReLU for positive values, with a smooth curve for negative ones.</source>
        <translation>正值部分与 ReLU 相同，负值部分是平滑曲线。</translation>
    </message>
    <message>
        <source>Use it as a smoother alternative to ReLU in fully connected networks.</source>
        <translation>在全连接网络中作为 ReLU 的平滑替代。</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>A smooth ReLU-like curve that weights values by how large they are.</source>
        <translation>一条类似 ReLU 的平滑曲线，按数值大小加权。</translation>
    </message>
    <message>
        <source>Use it in transformer and attention models.</source>
        <translation>用于 Transformer 和注意力模型。</translation>
    </message>
    <message>
        <source>SiLU (swish)</source>
        <translation>SiLU（swish）</translation>
    </message>
    <message>
        <source>Multiplies each value by its sigmoid: a smooth, ReLU-like curve.</source>
        <translation>把每个值乘以它的 sigmoid：一条平滑的、类似 ReLU 的曲线。</translation>
    </message>
    <message>
        <source>Use it in modern convolutional networks as a drop-in for ReLU.</source>
        <translation>在现代卷积网络中直接替代 ReLU。</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>Squashes each value into the range 0 to 1.</source>
        <translation>把每个值压缩到 0 到 1 之间。</translation>
    </message>
    <message>
        <source>Use it for gates or outputs that are probabilities; not as the last layer with a classification loss, which expects raw scores.</source>
        <translation>用于门控或概率输出；不要在使用分类损失时作为最后一层，分类损失需要原始分数。</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Squashes each value into the range -1 to 1.</source>
        <translation>把每个值压缩到 -1 到 1 之间。</translation>
    </message>
    <message>
        <source>Use it for small recurrent or fully connected models whose values should stay bounded.</source>
        <translation>用于数值需要保持有界的小型循环或全连接模型。</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>Turns the last axis into probabilities that add up to 1.</source>
        <translation>把最后一个轴变成总和为 1 的概率。</translation>
    </message>
    <message>
        <source>Rarely needed: the classification losses already apply it, so only add it for an exported model that must output probabilities.</source>
        <translation>很少需要：分类损失已经包含它，只在导出的模型必须输出概率时才添加。</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>展平</translation>
    </message>
    <message>
        <source>Lays all values of a sample out in one long vector.</source>
        <translation>把一个样本的所有数值排成一个长向量。</translation>
    </message>
    <message>
        <source>Use it between convolution or pooling layers and the linear layers.</source>
        <translation>放在卷积或池化层与全连接层之间。</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>重塑形状</translation>
    </message>
    <message>
        <source>Rearranges each sample's values into a new shape; one size may be -1.</source>
        <translation>把每个样本的数值重新排列成新形状；其中一个尺寸可以是 -1。</translation>
    </message>
    <message>
        <source>Use it to turn a vector into an image or sequence shape, e.g. [1, -1] before conv1d.</source>
        <translation>把向量变成图像或序列的形状，例如在 conv1d 之前用 [1, -1]。</translation>
    </message>
    <message>
        <source>Permute</source>
        <translation>轴置换</translation>
    </message>
    <message>
        <source>Reorders the axes of each sample, e.g. [time, features] to [features, time].</source>
        <translation>重新排列每个样本的轴，例如把 [时间, 特征] 变成 [特征, 时间]。</translation>
    </message>
    <message>
        <source>Use it with dims [1, 0] to feed a time-first sequence to conv1d, or back again.</source>
        <translation>用 dims [1, 0] 把时间在前的序列送入 conv1d，或再换回来。</translation>
    </message>
    <message>
        <source>Residual block</source>
        <translation>残差块</translation>
    </message>
    <message>
        <source>Runs its inner layers and adds the result to the block's input (with a 1x1 projection when the shapes differ).</source>
        <translation>运行块内的层，并把结果与块的输入相加（形状不同时使用 1x1 投影）。</translation>
    </message>
    <message>
        <source>Use it to build deeper networks that still train well, as in ResNet.</source>
        <translation>用于构建仍然容易训练的更深网络，就像 ResNet 那样。</translation>
    </message>
    <message>
        <source>Transposed convolution 2D</source>
        <translation>转置卷积 2D</translation>
    </message>
    <message>
        <source>Spreads each value of an image map over a learned filter patch, so the map grows (doubles with the default kernel 4, stride 2, padding 1).</source>
        <translation>把图像特征图的每个值按可学习的滤波器块铺开，使特征图变大（默认 kernel 4、stride 2、padding 1 时尺寸加倍）。</translation>
    </message>
    <message>
        <source>Use it in generators and decoders to turn a small map into a full-size image.</source>
        <translation>用于生成器和解码器，把小特征图变成完整尺寸的图像。</translation>
    </message>
    <message>
        <source>Upsample</source>
        <translation>上采样</translation>
    </message>
    <message>
        <source>Enlarges an image map by a whole factor, repeating pixels (nearest) or blending neighbours (bilinear).</source>
        <translation>把图像特征图按整数倍放大，重复像素（nearest）或混合相邻像素（bilinear）。</translation>
    </message>
    <message>
        <source>Use it before a conv2d in generators as a smoother alternative to transposed convolution.</source>
        <translation>在生成器中放在 conv2d 之前，作为比转置卷积更平滑的选择。</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Multilayer perceptron</source>
        <translation>多层感知机</translation>
    </message>
    <message>
        <source>Flattens the input and applies two hidden dense layers with dropout; a quick baseline for any data (text is averaged over its word embeddings).</source>
        <translation>展平输入，再经过两个带 Dropout 的隐藏全连接层；适用于任何数据的快速基线（文本取其词嵌入的平均）。</translation>
    </message>
    <message>
        <source>LeNet (small CNN)</source>
        <translation>LeNet（小型卷积网络）</translation>
    </message>
    <message>
        <source>Two convolution stages (with batch normalisation and pooling) and two dense layers; adapts its pooling so that it works from 8x8 digits to large photos.</source>
        <translation>两个卷积阶段（含批归一化和池化）加两个全连接层；会自动调整池化，从 8x8 数字到大照片都能使用。</translation>
    </message>
    <message>
        <source>Small ResNet</source>
        <translation>小型 ResNet</translation>
    </message>
    <message>
        <source>A convolution stem, three residual blocks (16, 32, 64 channels) with batch normalisation and global average pooling; stronger than LeNet on photos.</source>
        <translation>一个卷积起始层、三个残差块（16、32、64 通道），带批归一化和全局平均池化；在照片上比 LeNet 更强。</translation>
    </message>
    <message>
        <source>Fully convolutional network (1D)</source>
        <translation>全卷积网络（1D）</translation>
    </message>
    <message>
        <source>Three conv1d blocks with batch normalisation and global average pooling; a strong baseline for time-series classification.</source>
        <translation>三个带批归一化的 conv1d 块和全局平均池化；时间序列分类的强基线。</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>A 64-unit LSTM followed by a dense output layer; text gets an embedding, a bidirectional LSTM and max pooling over time.</source>
        <translation>64 单元的 LSTM 接一个全连接输出层；文本会使用嵌入层、双向 LSTM 和沿时间的最大池化。</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>A 64-unit GRU followed by a dense output layer; text gets an embedding, a bidirectional GRU and max pooling over time.</source>
        <translation>64 单元的 GRU 接一个全连接输出层；文本会使用嵌入层、双向 GRU 和沿时间的最大池化。</translation>
    </message>
    <message>
        <source>Transformer encoder</source>
        <translation>Transformer 编码器</translation>
    </message>
    <message>
        <source>Projects each step to 64 features (an embedding for text), adds positional encoding, applies two transformer encoder layers and averages over time.</source>
        <translation>把每一步投影到 64 个特征（文本用嵌入层），加入位置编码，经过两层 Transformer 编码器，再沿时间取平均。</translation>
    </message>
    <message>
        <source>MLP regressor</source>
        <translation>MLP 回归器</translation>
    </message>
    <message>
        <source>Two 64-unit dense layers predicting numeric targets from tabular features.</source>
        <translation>两个 64 单元的全连接层，根据表格特征预测数值目标。</translation>
    </message>
    <message>
        <source>GRU forecaster</source>
        <translation>GRU 预测器</translation>
    </message>
    <message>
        <source>A GRU reads the past window and a small dense head predicts the next horizon steps.</source>
        <translation>GRU 读取过去的窗口，再由一个小的全连接头预测接下来 horizon 步。</translation>
    </message>
    <message>
        <source>DCGAN</source>
        <translation>DCGAN</translation>
    </message>
    <message>
        <source>A generator of transposed convolutions against a strided-convolution discriminator, sized from the images (8x8 to 64x64, grey or colour).</source>
        <translation>由转置卷积构成的生成器对抗步长卷积判别器，按图像大小自动调整（8x8 到 64x64，灰度或彩色）。</translation>
    </message>
    <message>
        <source>MLP GAN</source>
        <translation>MLP GAN</translation>
    </message>
    <message>
        <source>Dense generator and discriminator for tiny images (up to 4096 values, e.g. 8x8 digits or 64x64 grey).</source>
        <translation>全连接的生成器和判别器，适用于很小的图像（最多 4096 个值，例如 8x8 数字或 64x64 灰度图）。</translation>
    </message>
    <message>
        <source>Conditional DCGAN</source>
        <translation>条件 DCGAN</translation>
    </message>
    <message>
        <source>DCGAN told which class to draw: a learned class vector joins the latent and a class plane joins the discriminator's input (needs a dataset with classes).</source>
        <translation>告诉 DCGAN 要画哪个类别：可学习的类别向量接在潜向量后，类别平面接在判别器的输入上（需要带类别的数据集）。</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>precision (macro)</source>
        <translation>精确率（宏平均）</translation>
    </message>
    <message>
        <source>recall (macro)</source>
        <translation>召回率（宏平均）</translation>
    </message>
    <message>
        <source>F1 (macro)</source>
        <translation>F1（宏平均）</translation>
    </message>
    <message>
        <source>AUROC (macro)</source>
        <translation>AUROC（宏平均）</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>Weighted cross-entropy (imbalanced classes)</source>
        <translation>加权交叉熵（类别不平衡）</translation>
    </message>
    <message>
        <source>Focal loss (hard examples)</source>
        <translation>Focal 损失（关注难样本）</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>平均绝对误差</translation>
    </message>
    <message>
        <source>Huber (robust to outliers)</source>
        <translation>Huber（对离群值稳健）</translation>
    </message>
    <message>
        <source>Built-in dataset</source>
        <translation>内置数据集</translation>
    </message>
    <message>
        <source>Image folder (one sub-folder per class)</source>
        <translation>图像文件夹（每个类别一个子文件夹）</translation>
    </message>
    <message>
        <source>Image list (CSV: file, label)</source>
        <translation>图像列表（CSV：文件，标签）</translation>
    </message>
    <message>
        <source>Table (CSV)</source>
        <translation>表格（CSV）</translation>
    </message>
    <message>
        <source>Sequences (.ts, UCR, .npz, long CSV)</source>
        <translation>序列（.ts、UCR、.npz、长格式 CSV）</translation>
    </message>
    <message>
        <source>Time series to forecast (CSV)</source>
        <translation>待预测的时间序列（CSV）</translation>
    </message>
    <message>
        <source>Text (CSV)</source>
        <translation>文本（CSV）</translation>
    </message>
    <message>
        <source>Digits: 8×8 handwritten digits, 10 classes</source>
        <translation>Digits：8×8 手写数字，10 类</translation>
    </message>
    <message>
        <source>Breast cancer: 30 features, 2 classes</source>
        <translation>Breast cancer：30 个特征，2 类</translation>
    </message>
    <message>
        <source>Diabetes: 10 features, regression</source>
        <translation>Diabetes：10 个特征，回归</translation>
    </message>
    <message>
        <source>Waveforms: 64-step signals, 4 classes</source>
        <translation>Waveforms：64 步信号，4 类</translation>
    </message>
    <message>
        <source>Sine forecast: seasonal series, forecasting</source>
        <translation>Sine forecast：季节性序列，时序预测</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>Sequence files</source>
        <translation>序列文件</translation>
    </message>
    <message>
        <source>Non-saturating (binary cross-entropy)</source>
        <translation>非饱和损失（二元交叉熵）</translation>
    </message>
    <message>
        <source>Hinge</source>
        <translation>Hinge 损失</translation>
    </message>
    <message>
        <source>Wasserstein with gradient penalty (weight: gan.gradient_penalty)</source>
        <translation>带梯度惩罚的 Wasserstein 损失（权重：gan.gradient_penalty）</translation>
    </message>
    <message>
        <source>classifier-feature Fréchet distance</source>
        <translation>分类器特征 Fréchet 距离</translation>
    </message>
    <message>
        <source>classifier-feature kernel distance</source>
        <translation>分类器特征核距离</translation>
    </message>
    <message>
        <source>feature spread vs real images</source>
        <translation>特征离散度（相对真实图像）</translation>
    </message>
    <message>
        <source>drawn class recognised</source>
        <translation>生成类别被识别的比例</translation>
    </message>
    <message>
        <source>generator loss</source>
        <translation>生成器损失</translation>
    </message>
    <message>
        <source>discriminator loss</source>
        <translation>判别器损失</translation>
    </message>
    <message>
        <source>D(real)</source>
        <translation>D(真实)</translation>
    </message>
    <message>
        <source>D(fake)</source>
        <translation>D(生成)</translation>
    </message>
</context>
</TS>
