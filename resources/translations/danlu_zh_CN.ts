<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AugmentOptions</name>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="119"/>
        <source>Augmentation (train split, images)</source>
        <translation>数据增强（训练集，图像）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="130"/>
        <source>Random changes to the training images, so the network learns what does not matter.</source>
        <translation>随机改变训练图像，让网络学会忽略无关的变化。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="131"/>
        <source>Augment the training images</source>
        <translation>增强训练图像</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="135"/>
        <source>Rotate up to (°)</source>
        <translation>最大旋转角度（°）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="136"/>
        <source>Random rotation in both directions.</source>
        <translation>向两个方向随机旋转。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="142"/>
        <source>A random part of the image, resized back.</source>
        <translation>取图像的随机一部分，再缩放回原大小。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="144"/>
        <source>Random resized crop</source>
        <translation>随机缩放裁剪</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="148"/>
        <source>Keep at least</source>
        <translation>至少保留</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="149"/>
        <source>The smallest share of the image a crop keeps.</source>
        <translation>裁剪至少保留的图像比例。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="155"/>
        <source>Mirror half of the images.</source>
        <translation>将一半的图像左右翻转。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="157"/>
        <source>Flip left-right</source>
        <translation>左右翻转</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="162"/>
        <source>Turn half of the images upside down.</source>
        <translation>将一半的图像上下翻转。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="164"/>
        <source>Flip up-down</source>
        <translation>上下翻转</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="176"/>
        <source>Noise added to each pixel.</source>
        <translation>给每个像素加入噪声。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="168"/>
        <source>Colour jitter</source>
        <translation>颜色抖动</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="169"/>
        <source>Brightness and contrast changes.</source>
        <translation>改变亮度和对比度。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="175"/>
        <source>Gaussian noise</source>
        <translation>高斯噪声</translation>
    </message>
</context>
<context>
    <name>AugmentPreview</name>
    <message>
        <location filename="../../desktop/panels/data_samples.py" line="159"/>
        <source>Other samples</source>
        <translation>换一批样本</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_samples.py" line="164"/>
        <source>The preview appears here for image datasets.</source>
        <translation>图像数据集的预览显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_samples.py" line="178"/>
        <source>Random augmented training images, as the network sees them in training.</source>
        <translation>随机抽取并增强的训练图像，即网络训练时看到的样子。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_samples.py" line="180"/>
        <source>Augmentation is off. With the settings on the left, training images would look like this.</source>
        <translation>数据增强未开启。按左侧的设置，训练图像会是这个样子。</translation>
    </message>
</context>
<context>
    <name>ClassCountsChart</name>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="102"/>
        <source>samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="105"/>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="105"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="105"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="115"/>
        <source>Class counts appear here for classification datasets.</source>
        <translation>分类数据集的各类别样本数显示在这里。</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../desktop/panels/runs.py" line="67"/>
        <source>Compare runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="67"/>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="67"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="69"/>
        <source>Select two or more runs in the table to overlay their curves.</source>
        <translation>在表格中选择两个或更多运行以叠加它们的曲线。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="72"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="118"/>
        <source>Compare runs: {metric}</source>
        <translation>比较运行：{metric}</translation>
    </message>
</context>
<context>
    <name>ConfusionPlot</name>
    <message>
        <location filename="../../desktop/plots/confusion.py" line="35"/>
        <source>Confusion matrix</source>
        <extracomment>Above this many classes the cell texts are unreadable: the colours carry the information alone. The numbers&apos; font follows the cell size between these pixel sizes; below the smallest they are hidden (a 1280x720 window gives a 10-class matrix cells of about 12 px, where 11 px digits overlapped).</extracomment>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/confusion.py" line="41"/>
        <source>Normalised (rows sum to 1)</source>
        <translation>归一化（每行和为 1）</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/confusion.py" line="43"/>
        <source>Each row as fractions of its true class (the diagonal is recall)</source>
        <translation>每行按其真实类别归一化（对角线即召回率）</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/confusion.py" line="61"/>
        <source>predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/confusion.py" line="62"/>
        <source>true</source>
        <translation>真实</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <location filename="../../desktop/core_texts.py" line="29"/>
        <source>8x8 grayscale digits from scikit-learn, scaled to [0, 1]</source>
        <translation>scikit-learn 的 8x8 灰度手写数字，缩放到 [0, 1]</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="30"/>
        <source>30 numeric features standardised on the train split</source>
        <translation>30 个数值特征，已在训练集上标准化</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="31"/>
        <source>synthetic noisy waveforms, 64 steps, 1 channel</source>
        <translation>合成的带噪声波形，64 步，1 个通道</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="32"/>
        <source>10 features standardised</source>
        <translation>10 个特征已标准化</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="33"/>
        <source>target standardised on the train split (mean {mean}, std {std})</source>
        <translation>目标值已在训练集上标准化（均值 {mean}，标准差 {std}）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="34"/>
        <source>synthetic seasonal series, {n} steps; window {window}, horizon {horizon}; chronological splits</source>
        <translation>合成的季节性序列，{n} 步；窗口 {window}，预测步长 {horizon}；按时间顺序划分</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="38"/>
        <source>class(es) {names} have no train sample</source>
        <translation>类别 {names} 没有训练样本</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="39"/>
        <source>class imbalance: {big} has {n_big} train samples, {small} {n_small} ({ratio}x); consider the loss weighted_cross_entropy (class weights are listed)</source>
        <translation>类别不平衡：{big} 有 {n_big} 个训练样本，{small} 只有 {n_small} 个（{ratio} 倍）；可考虑使用损失 weighted_cross_entropy（已列出类别权重）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="45"/>
        <source>image modes: {modes}</source>
        <translation>图像模式：{modes}</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="46"/>
        <source>image modes: {modes}; {n} turned upright by their EXIF orientation</source>
        <translation>图像模式：{modes}；{n} 张已按 EXIF 方向转正</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="47"/>
        <source>resized to {size}, {channels} channel(s); normalised with the train-split mean {mean} and std {std}</source>
        <translation>缩放到 {size}，{channels} 个通道；用训练集的均值 {mean} 和标准差 {std} 归一化</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="51"/>
        <source>train-split augmentation: {what}</source>
        <translation>训练集数据增强：{what}</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="52"/>
        <source>DataLoader workers: {n}</source>
        <translation>数据加载进程：{n}</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="53"/>
        <source>DataLoader workers: {n} (small dataset: decoding in the main process is faster than starting workers)</source>
        <translation>数据加载进程：{n}（小数据集：在主进程中解码比启动加载进程更快）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="57"/>
        <source>class folder {name} has no readable image; the class is left out</source>
        <translation>类别文件夹 {name} 中没有可读取的图像；该类别已略去</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="58"/>
        <source>ignored {n} hidden file(s) or folder(s) (names starting with &apos;.&apos;)</source>
        <translation>已忽略 {n} 个隐藏的文件或文件夹（名称以“.”开头）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="59"/>
        <source>test set ({path}): {note}</source>
        <translation>测试集（{path}）：{note}</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="61"/>
        <source>{n} numeric column(s) standardised on the train split: {columns}</source>
        <translation>{n} 个数值列已在训练集上标准化：{columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="62"/>
        <source>{n} categorical column(s) one-hot encoded (categories): {columns}</source>
        <translation>{n} 个类别列已做独热编码（类别数）：{columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="63"/>
        <source>missing values imputed from the train split: {what}</source>
        <translation>缺失值已根据训练集填补：{what}</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="64"/>
        <source>{column} {n} missing -&gt; median {value}</source>
        <translation>{column} 缺失 {n} 个 -&gt; 中位数 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="65"/>
        <source>{column} {n} missing -&gt; {value}</source>
        <translation>{column} 缺失 {n} 个 -&gt; {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="66"/>
        <source>left out (identifier-like or empty): {columns}</source>
        <translation>已略去（类似标识符或为空）：{columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="67"/>
        <source>no target column named; using the last column {column} (set data.target_column to choose another)</source>
        <translation>未指定目标列；使用最后一列 {column}（设置 data.target_column 可选择其他列）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="71"/>
        <source>regression target standardised on the train split (mean {mean}, std {std}); metrics are in these units</source>
        <translation>回归目标已在训练集上标准化（均值 {mean}，标准差 {std}）；指标以此为单位</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="75"/>
        <source>{file}: read as UTF-16 (byte-order mark found)</source>
        <translation>{file}：已按 UTF-16 读取（发现字节顺序标记）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="76"/>
        <source>{file} is not UTF-8 (byte {byte} on line {line}); read it as GB18030 (Chinese: GBK/GB2312). Save it as UTF-8 if characters look wrong.</source>
        <translation>{file} 不是 UTF-8 编码（第 {line} 行的字节 {byte}）；已按 GB18030（中文：GBK/GB2312）读取。如果字符显示不正确，请将其另存为 UTF-8。</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="81"/>
        <source>{file} is not UTF-8 (byte {byte} on line {line}); read it as {encoding}. Save it as UTF-8 if accented characters look wrong.</source>
        <translation>{file} 不是 UTF-8 编码（第 {line} 行的字节 {byte}）；已按 {encoding} 读取。如果带重音的字符显示不正确，请将其另存为 UTF-8。</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="86"/>
        <source>{file}: decimal commas read as numbers (&apos;;&apos;-separated, European style) in column(s) {columns}</source>
        <translation>{file}：列 {columns} 中的小数逗号已按数值读取（以“;”分隔的欧洲格式）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="90"/>
        <source>words tokens; vocabulary of {n} built on the train split (+ padding and unknown); {length} tokens per text</source>
        <translation>按词切分；在训练集上建立 {n} 个词元的词表（另加填充和未知）；每条文本 {length} 个词元</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="94"/>
        <source>characters tokens; vocabulary of {n} built on the train split (+ padding and unknown); {length} tokens per text</source>
        <translation>按字符切分；在训练集上建立 {n} 个词元的词表（另加填充和未知）；每条文本 {length} 个词元</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="99"/>
        <source>words tokens; vocabulary of {n} built on the train split (+ padding and unknown); {length} tokens per text, {cut} text(s) cut to that length</source>
        <translation>按词切分；在训练集上建立 {n} 个词元的词表（另加填充和未知）；每条文本 {length} 个词元，{cut} 条文本被截断到该长度</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="104"/>
        <source>characters tokens; vocabulary of {n} built on the train split (+ padding and unknown); {length} tokens per text, {cut} text(s) cut to that length</source>
        <translation>按字符切分；在训练集上建立 {n} 个词元的词表（另加填充和未知）；每条文本 {length} 个词元，{cut} 条文本被截断到该长度</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="109"/>
        <source>val split: {share} of tokens are not in the vocabulary</source>
        <translation>验证集：{share} 的词元不在词表中</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="110"/>
        <source>test split: {share} of tokens are not in the vocabulary</source>
        <translation>测试集：{share} 的词元不在词表中</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="112"/>
        <source>{n} series, {channels} channel(s), {length} steps</source>
        <translation>{n} 条序列，{channels} 个通道，{length} 步</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="113"/>
        <source>{n} series, {channels} channel(s), {length} steps (+1 mask channel)</source>
        <translation>{n} 条序列，{channels} 个通道，{length} 步（另加 1 个掩码通道）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="114"/>
        <source>{name}: lengths {low}-{high} resampled to {steps} steps</source>
        <translation>{name}：长度 {low}-{high}，已重采样为 {steps} 步</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="115"/>
        <source>{name}: lengths {low}-{high}; padded at the end to {steps} steps</source>
        <translation>{name}：长度 {low}-{high}；末尾填充到 {steps} 步</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="116"/>
        <source>{name}: lengths {low}-{high}; padded at the end to {steps} steps, {cut} series cut to that length</source>
        <translation>{name}：长度 {low}-{high}；末尾填充到 {steps} 步，{cut} 条序列被截断到该长度</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="119"/>
        <source>{name}: lengths {low}-{high}; padded at the end to {steps} steps; a mask channel marks real steps (1) and padding (0)</source>
        <translation>{name}：长度 {low}-{high}；末尾填充到 {steps} 步；掩码通道标记真实步（1）和填充（0）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="124"/>
        <source>{name}: lengths {low}-{high}; padded at the end to {steps} steps, {cut} series cut to that length; a mask channel marks real steps (1) and padding (0)</source>
        <translation>{name}：长度 {low}-{high}；末尾填充到 {steps} 步，{cut} 条序列被截断到该长度；掩码通道标记真实步（1）和填充（0）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="129"/>
        <source>{name}: {values} missing or non-finite value(s) (NaN/inf) in {samples} sample(s) (e.g. {examples}) filled by linear interpolation</source>
        <translation>{name}：{samples} 个样本（例如 {examples}）中的 {values} 个缺失或非有限值（NaN/inf）已用线性插值填补</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="134"/>
        <source>{file}: line {line} is read as a header</source>
        <translation>{file}：第 {line} 行被当作表头读取</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="135"/>
        <source>labels read from {file}</source>
        <translation>标签读取自 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="136"/>
        <source>{file}: X read as N x T x C = {shape}</source>
        <translation>{file}：X 读取为 N x T x C = {shape}</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="137"/>
        <source>no {column} column: rows are taken in file order</source>
        <translation>没有 {column} 列：按文件中的顺序读取各行</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="138"/>
        <source>{n} series, channels: {channels}</source>
        <translation>{n} 条序列，通道：{channels}</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="139"/>
        <source>found the matching test file {name}; it is the test split</source>
        <translation>找到对应的测试文件 {name}；用作测试集</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="140"/>
        <source>{file}: {n} duplicate row(s) dropped (same time and values as an earlier row), e.g. line {line} repeats line {first}</source>
        <translation>{file}：已丢弃 {n} 个重复行（时间和数值与前面的行相同），例如第 {line} 行重复了第 {first} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="145"/>
        <source>non-numeric column(s) ignored: {columns}</source>
        <translation>已忽略非数值列：{columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="146"/>
        <source>rows sorted by {column}</source>
        <translation>各行已按 {column} 排序</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="147"/>
        <source>{n} missing value(s) filled by linear interpolation in time</source>
        <translation>{n} 个缺失值已按时间线性插值填补</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="148"/>
        <source>values standardised with the train block&apos;s mean/std; errors (MAE) are in those units</source>
        <translation>数值已用训练段的均值/标准差标准化；误差（MAE）以此为单位</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="151"/>
        <source>{n} time steps, column(s) {columns}; window {window}, horizon {horizon}; chronological blocks train {train} | val {val} | test {test} steps</source>
        <translation>{n} 个时间步，列 {columns}；窗口 {window}，预测步长 {horizon}；按时间顺序分段：训练 {train} | 验证 {val} | 测试 {test} 步</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="156"/>
        <source>{n} time steps, column(s) {columns}; window {window}, horizon {horizon}; chronological blocks train {train} | val {val} | test {test} steps (given test file)</source>
        <translation>{n} 个时间步，列 {columns}；窗口 {window}，预测步长 {horizon}；按时间顺序分段：训练 {train} | 验证 {val} | 测试 {test} 步（使用给定的测试文件）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="162"/>
        <source>empty file (0 bytes)</source>
        <translation>空文件（0 字节）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="163"/>
        <source>decompression bomb: {why}</source>
        <translation>解压炸弹：{why}</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="164"/>
        <source>not a readable image (unknown or corrupt header)</source>
        <translation>不是可读取的图像（未知或损坏的文件头）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="165"/>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="166"/>
        <source>file not found (a broken link?)</source>
        <translation>找不到文件（链接失效？）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="167"/>
        <source>corrupt or truncated image ({why})</source>
        <translation>图像损坏或不完整（{why}）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="168"/>
        <source>broken link</source>
        <translation>链接失效</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="169"/>
        <source>cannot be read ({why})</source>
        <translation>无法读取（{why}）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="170"/>
        <source>cannot be listed ({why})</source>
        <translation>无法列出内容（{why}）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="171"/>
        <source>symlink loop: this folder was already scanned</source>
        <translation>符号链接循环：该文件夹已扫描过</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="172"/>
        <source>not an image file (extension {ext})</source>
        <translation>不是图像文件（扩展名 {ext}）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="173"/>
        <source>class folder with no readable image; class left out</source>
        <translation>类别文件夹中没有可读取的图像；该类别已略去</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="174"/>
        <source>not inside a class sub-folder</source>
        <translation>不在类别子文件夹中</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="175"/>
        <source>class {name} of the test set is not among the training classes</source>
        <translation>测试集的类别 {name} 不在训练类别中</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="176"/>
        <source>empty path</source>
        <translation>路径为空</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="177"/>
        <source>line {line}: empty label</source>
        <translation>第 {line} 行：标签为空</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="178"/>
        <source>line {line}: file not found</source>
        <translation>第 {line} 行：找不到文件</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="179"/>
        <source>line {line}: not an image file (extension {ext})</source>
        <translation>第 {line} 行：不是图像文件（扩展名 {ext}）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="180"/>
        <source>empty text; row left out</source>
        <translation>文本为空；该行已略去</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="181"/>
        <source>missing label; row left out</source>
        <translation>缺少标签；该行已略去</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="182"/>
        <source>missing target {column}; row left out</source>
        <translation>缺少目标值 {column}；该行已略去</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="183"/>
        <source>missing label</source>
        <translation>缺少标签</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="184"/>
        <source>empty series (no values)</source>
        <translation>空序列（没有数值）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="185"/>
        <source>dimension {d}: {value} is not a number</source>
        <translation>第 {d} 维：{value} 不是数值</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="186"/>
        <source>value {i}: {value} is not a number</source>
        <translation>第 {i} 个值：{value} 不是数值</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="187"/>
        <source>more than one label ({labels})</source>
        <translation>有多个标签（{labels}）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="188"/>
        <source>{n} missing or non-finite value(s) (NaN/inf); set data.sequence.impute to fill them</source>
        <translation>{n} 个缺失或非有限值（NaN/inf）；设置 data.sequence.impute 可填补它们</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="192"/>
        <source>{n} channel(s), but the file declares or starts with {dims}; sample left out</source>
        <translation>{n} 个通道，但文件声明或开头为 {dims} 个；该样本已略去</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="194"/>
        <source>{n} epoch</source>
        <translation>{n} 轮</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="195"/>
        <source>{n} epochs</source>
        <translation>{n} 轮</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="196"/>
        <source>{n} batch</source>
        <translation>{n} 个批次</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="197"/>
        <source>{n} batches</source>
        <translation>{n} 个批次</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="198"/>
        <source>{epochs} x {batches} of {size}</source>
        <translation>{epochs} x {batches}，批大小 {size}</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="199"/>
        <source>{plan}, stops early after {patience} epochs without improvement</source>
        <translation>{plan}，连续 {patience} 轮没有改善时提前停止</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="200"/>
        <source>{plan}, stops early after {patience} epochs without improvement of the training loss (only {n} validation samples)</source>
        <translation>{plan}，训练损失连续 {patience} 轮没有改善时提前停止（只有 {n} 个验证样本）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="205"/>
        <source>auto: {what}</source>
        <translation>自动：{what}</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="206"/>
        <source>auto (epochs): {what}</source>
        <translation>自动（轮数）：{what}</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="207"/>
        <source>auto (batch size): {what}</source>
        <translation>自动（批大小）：{what}</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="208"/>
        <source>training with {n} CPU thread ({why})</source>
        <translation>使用 {n} 个 CPU 线程训练（{why}）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="209"/>
        <source>training with {n} CPU threads ({why})</source>
        <translation>使用 {n} 个 CPU 线程训练（{why}）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="210"/>
        <source>{n} CPU thread ({why})</source>
        <translation>{n} 个 CPU 线程（{why}）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="211"/>
        <source>{n} CPU threads ({why})</source>
        <translation>{n} 个 CPU 线程（{why}）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="212"/>
        <source>{n} physical core</source>
        <translation>{n} 个物理核心</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="213"/>
        <source>{n} physical cores</source>
        <translation>{n} 个物理核心</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="214"/>
        <source>{n} kept for the app</source>
        <translation>{n} 个留给本程序</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="215"/>
        <source>{n} for loader workers</source>
        <translation>{n} 个用于数据加载进程</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="216"/>
        <source>{n} busy with other work</source>
        <translation>{n} 个被其他任务占用</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="217"/>
        <source>shared by {n} processes</source>
        <translation>由 {n} 个进程共享</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="218"/>
        <source>train.batch_size {size} is larger than the train split ({n} samples): every epoch is a single optimiser step; set a smaller batch size or &apos;auto&apos;</source>
        <translation>train.batch_size {size} 大于训练集（{n} 个样本）：每轮只有一次优化步；请设小批大小或设为 &apos;auto&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="224"/>
        <source>stopped by SIGTERM; resume it to continue from last.ckpt</source>
        <translation>被 SIGTERM 终止；继续训练即可从 last.ckpt 接着训练</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="225"/>
        <source>interrupted; last.ckpt holds the last state saved before it</source>
        <translation>已中断；last.ckpt 保存了中断前最后保存的状态</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="226"/>
        <source>stopped by the user; resume it to continue from last.ckpt</source>
        <translation>已被用户停止；继续训练即可从 last.ckpt 接着训练</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="227"/>
        <source>early stopping after epoch {done} of {planned}</source>
        <translation>在第 {done} 轮（共 {planned} 轮）后提前停止</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="228"/>
        <source>trained to epoch {done} as asked; resume to continue to epoch {planned}</source>
        <translation>已按要求训练到第 {done} 轮；继续训练可训练到第 {planned} 轮</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="229"/>
        <source>training epochs {first}-{last} of the {planned} planned; the learning-rate schedule continues as planned</source>
        <translation>训练计划 {planned} 轮中的第 {first}-{last} 轮；学习率调度按计划继续</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="233"/>
        <source>training epoch {first} of the {planned} planned; the learning-rate schedule continues as planned</source>
        <translation>训练计划 {planned} 轮中的第 {first} 轮；学习率调度按计划继续</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="237"/>
        <source>extending the plan from {planned} to {epochs} epochs: epoch {first} runs a new {schedule} cycle {start}; the epochs up to {kept} keep the original schedule</source>
        <translation>将计划从 {planned} 轮延长到 {epochs} 轮：第 {first} 轮运行新的 {schedule} 周期，{start}；第 {kept} 轮及之前保持原调度</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="242"/>
        <source>extending the plan from {planned} to {epochs} epochs: epochs {first}-{last} run a new {schedule} cycle {start}; the epochs up to {kept} keep the original schedule</source>
        <translation>将计划从 {planned} 轮延长到 {epochs} 轮：第 {first}-{last} 轮运行新的 {schedule} 周期，{start}；第 {kept} 轮及之前保持原调度</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="247"/>
        <source>starting again at lr {lr} (a warm restart, no warm-up)</source>
        <translation>从学习率 {lr} 重新开始（热重启，无预热）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="248"/>
        <source>rising again from lr {low} to {peak}</source>
        <translation>学习率重新从 {low} 升至 {peak}</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="249"/>
        <source>extending the plan from {planned} to {epochs} epochs; the learning rate stays at {lr}</source>
        <translation>将计划从 {planned} 轮延长到 {epochs} 轮；学习率保持为 {lr}</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="252"/>
        <source>extending the plan from {planned} to {epochs} epochs; the {schedule} schedule continues by its rule</source>
        <translation>将计划从 {planned} 轮延长到 {epochs} 轮；{schedule} 调度按其规则继续</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="257"/>
        <source>all {budget} trials are done</source>
        <translation>全部 {budget} 个试验已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="258"/>
        <source>all {budget} trials are done ({running} still running elsewhere)</source>
        <translation>全部 {budget} 个试验已完成（另有 {running} 个仍在别处运行）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="259"/>
        <source>{done} of {budget} trials done</source>
        <translation>已完成 {budget} 个试验中的 {done} 个</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="260"/>
        <source>{done} of {budget} trials done here ({running} still running elsewhere)</source>
        <translation>此处已完成 {budget} 个试验中的 {done} 个（另有 {running} 个仍在别处运行）</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="261"/>
        <source>stopped; {done} of {budget} trials done; run the study again to continue</source>
        <translation>已停止；已完成 {budget} 个试验中的 {done} 个；再次运行该研究即可继续</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="262"/>
        <source>time limit reached; {done} of {budget} trials done; run again to continue</source>
        <translation>已达时间限制；已完成 {budget} 个试验中的 {done} 个；再次运行即可继续</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="264"/>
        <source>layer {i} {arch}: loaded {n} tensors from {file} (SHA-256 {sha}, {check}); dropped {dropped} tensors of the ImageNet classifier</source>
        <translation>第 {i} 层 {arch}：从 {file} 加载了 {n} 个张量（SHA-256 {sha}，{check}）；丢弃了 ImageNet 分类器的 {dropped} 个张量</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="269"/>
        <source>initialised from {run} ({checkpoint}): loaded {loaded}; skipped {skipped}</source>
        <translation>已从 {run}（{checkpoint}）初始化：已加载 {loaded}；已跳过 {skipped}</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="271"/>
        <source>epoch {epoch}: {arch} ({name}): the whole backbone now learns</source>
        <translation>第 {epoch} 轮：{arch}（{name}）：整个主干网络开始学习</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="272"/>
        <source>epoch {epoch}: {arch} ({name}): stage 4 now learns</source>
        <translation>第 {epoch} 轮：{arch}（{name}）：阶段 4 开始学习</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="273"/>
        <source>epoch {epoch}: {arch} ({name}): stages {stage} to 4 now learn</source>
        <translation>第 {epoch} 轮：{arch}（{name}）：阶段 {stage} 到 4 开始学习</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="274"/>
        <source>the discriminator wins outright: its loss has stayed below {loss} for {epochs} epochs, so the generator learns almost nothing. Try a lower train.gan.discriminator_lr, train.gan.spectral_norm, the hinge loss, or a smaller discriminator.</source>
        <translation>判别器完全占了上风：它的损失已连续 {epochs} 轮低于 {loss}，生成器几乎学不到东西。可尝试更低的 train.gan.discriminator_lr、train.gan.spectral_norm、hinge 损失或更小的判别器。</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="280"/>
        <source>the samples collapse: their classifier features spread only {share} as much as the real images&apos; (mode collapse). Try lower learning rates, the wgan_gp loss, more train.gan.discriminator_steps, or restart with another seed.</source>
        <translation>样本坍缩：它们的分类器特征离散程度只有真实图像的 {share}（模式坍缩）。可尝试更低的学习率、wgan_gp 损失、更多的 train.gan.discriminator_steps，或换一个种子重新开始。</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="336"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop/core_texts.py" line="337"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../desktop/panels/data.py" line="63"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="64"/>
        <source>Read the dataset again from disk</source>
        <translation>从磁盘重新读取数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="83"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="92"/>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="93"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="94"/>
        <source>Sequences</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="95"/>
        <source>Augmentation preview</source>
        <translation>增强预览</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="96"/>
        <location filename="../../desktop/panels/data.py" line="236"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="215"/>
        <source>Cannot load the dataset</source>
        <translation>无法加载数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="217"/>
        <source>The dataset {what} could not be loaded.

{msg}

Change the choice on the left and it is loaded again.</source>
        <translation>无法加载数据集 {what}。

{msg}

修改左侧的选择后会重新加载。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="236"/>
        <source>Skipped ({n})</source>
        <translation>已跳过（{n}）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="283"/>
        <source>Samples could not be shown: {msg}</source>
        <translation>无法显示样本：{msg}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="310"/>
        <source>The preview failed: {msg}</source>
        <translation>预览失败：{msg}</translation>
    </message>
</context>
<context>
    <name>DataSourceForm</name>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="69"/>
        <source>Dataset</source>
        <extracomment>Sources read from a table with a label column (the registry knows modalities, not columns).</extracomment>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="113"/>
        <source>Choose or drop a file or folder</source>
        <translation>选择或拖入文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="122"/>
        <source>Optional: a separate test set</source>
        <translation>可选：单独的测试集</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="131"/>
        <source>automatic (target, label, class, y or the last)</source>
        <translation>自动（target、label、class、y 或最后一列）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="141"/>
        <source>automatic (from the target values)</source>
        <translation>自动（根据目标值判断）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="142"/>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="143"/>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="96"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="97"/>
        <source>What kind of data: a built-in set, images, a table, sequences, a series or text.</source>
        <translation>数据的类型：内置数据集、图像、表格、序列、时间序列或文本。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="102"/>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="103"/>
        <source>Data sets that ship with Danlu (no download).</source>
        <translation>随丹炉附带的数据集（无需下载）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="111"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="112"/>
        <source>The data file or folder (or the train part when a test set is given).</source>
        <translation>数据文件或文件夹（另给测试集时为训练部分）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="120"/>
        <source>Test set</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="121"/>
        <source>A separate test set, kept as the test split.</source>
        <translation>单独的测试集，作为测试划分。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="129"/>
        <source>Target column</source>
        <translation>目标列</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="130"/>
        <source>The column to predict.</source>
        <translation>要预测的列。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="138"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="139"/>
        <source>Classes or numbers: decided from the target values unless chosen.</source>
        <translation>类别或数值：未指定时由目标值决定。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="152"/>
        <source>Height × width every image is resized to (unset: the data&apos;s own size).</source>
        <translation>每张图像缩放到的高 × 宽（未设置：数据本身的尺寸）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="153"/>
        <source>Resize to</source>
        <translation>缩放到</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="160"/>
        <source>Grayscale or colour (automatic: from the images).</source>
        <translation>灰度或彩色（自动：由图像决定）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="161"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="161"/>
        <source>grayscale (1)</source>
        <translation>灰度（1）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="161"/>
        <source>colour (3)</source>
        <translation>彩色（3）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="366"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="151"/>
        <source>Image size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="159"/>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="168"/>
        <source>The sequence file format.</source>
        <translation>序列文件的格式。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="170"/>
        <source>automatic (by extension)</source>
        <translation>自动（按扩展名）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="172"/>
        <source>UCR (label first, tab/comma separated)</source>
        <translation>UCR（标签在前，制表符/逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="174"/>
        <source>long CSV (id, time, values)</source>
        <translation>长格式 CSV（id、时间、数值）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="182"/>
        <source>How series of different lengths are made equal.</source>
        <translation>如何让长度不同的序列等长。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="183"/>
        <source>pad / truncate</source>
        <translation>填充 / 截断</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="183"/>
        <source>resample</source>
        <translation>重采样</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="190"/>
        <source>Steps per series (unset: the longest).</source>
        <translation>每个序列的步数（未设置：最长序列的长度）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="194"/>
        <source>Fixed length</source>
        <translation>固定长度</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="199"/>
        <source>Each series to mean 0 and standard deviation 1.</source>
        <translation>将每个序列变换为均值 0、标准差 1。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="202"/>
        <source>z-normalise each series</source>
        <translation>对每条序列做 z 标准化</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="207"/>
        <source>Missing values are filled from their neighbours.</source>
        <translation>缺失值由相邻值填补。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="210"/>
        <source>fill missing values</source>
        <translation>填补缺失值</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="167"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="181"/>
        <source>Unequal lengths</source>
        <translation>长度不一时</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="189"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="214"/>
        <source>Series id column</source>
        <translation>序列 ID 列</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="215"/>
        <source>Long CSV: the series id.</source>
        <translation>长格式 CSV：序列编号。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="221"/>
        <location filename="../../desktop/panels/data_form.py" line="250"/>
        <source>Time column</source>
        <translation>时间列</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="222"/>
        <source>Long CSV: the time step.</source>
        <translation>长格式 CSV：时间步。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="229"/>
        <source>Steps the network sees.</source>
        <translation>网络看到的步数。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="236"/>
        <source>Steps to predict.</source>
        <translation>要预测的步数。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="243"/>
        <source>Comma-separated columns to forecast.</source>
        <translation>要预测的列，用逗号分隔。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="244"/>
        <source>all numeric columns</source>
        <translation>所有数值列</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="251"/>
        <source>Orders the rows (not a value).</source>
        <translation>用于给行排序（不是数值）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="252"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="262"/>
        <source>standardise each column</source>
        <translation>标准化每一列</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="259"/>
        <source>With the mean and standard deviation of the training block.</source>
        <translation>使用训练段的均值和标准差。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="228"/>
        <source>Window (past steps)</source>
        <translation>窗口（过去步数）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="235"/>
        <source>Horizon (steps ahead)</source>
        <translation>预测步长（向后步数）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="242"/>
        <source>Value columns</source>
        <translation>数值列</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="267"/>
        <source>The column holding the text.</source>
        <translation>包含文本的列。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="274"/>
        <source>Split the text into words or characters.</source>
        <translation>将文本切分为词或字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="275"/>
        <source>words</source>
        <translation>词</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="275"/>
        <source>characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="282"/>
        <source>Tokens per text (longer ones are cut).</source>
        <translation>每条文本的词元数（更长的会被截断）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="289"/>
        <source>Rarer tokens become unknown.</source>
        <translation>出现更少的词元记为未知。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="296"/>
        <source>The most frequent tokens kept.</source>
        <translation>保留的最常见词元数。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="303"/>
        <source>Treat upper and lower case alike.</source>
        <translation>不区分大小写。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="306"/>
        <source>lower-case the text</source>
        <translation>文本转为小写</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="266"/>
        <source>Text column</source>
        <translation>文本列</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="273"/>
        <source>Tokens</source>
        <translation>切分单位</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="281"/>
        <source>Max length</source>
        <translation>最大长度</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="288"/>
        <source>Min token count</source>
        <translation>最少出现次数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="295"/>
        <source>Max vocabulary</source>
        <translation>最大词表</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="356"/>
        <source>Choose or drop a folder</source>
        <translation>选择或拖入文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="356"/>
        <source>Choose or drop a file</source>
        <translation>选择或拖入文件</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="337"/>
        <source>Choose a folder (or drop one here) to load it.</source>
        <translation>选择一个文件夹（或拖到这里）以加载。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="338"/>
        <source>Choose a file (or drop one here) to load it.</source>
        <translation>选择一个文件（或拖到这里）以加载。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="363"/>
        <source>Choose an image folder</source>
        <translation>选择图像文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="367"/>
        <source>Choose a data file</source>
        <translation>选择数据文件</translation>
    </message>
</context>
<context>
    <name>DeviceSelector</name>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="18"/>
        <source>32-bit</source>
        <translation>32 位</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="19"/>
        <source>16-bit mixed</source>
        <translation>16 位混合精度</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="20"/>
        <source>bfloat16 mixed</source>
        <translation>bfloat16 混合精度</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="41"/>
        <source>Where training runs: a CUDA GPU, Apple&apos;s GPU (MPS) or the CPU. Automatic picks the fastest available.</source>
        <translation>训练运行的位置：CUDA GPU、Apple GPU（MPS）或 CPU。“自动”会选择可用的最快设备。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="47"/>
        <source>Numeric precision. Mixed precision (16-bit or bfloat16) is faster and uses less memory on GPUs that support it.</source>
        <translation>数值精度。在支持的 GPU 上，混合精度（16 位或 bfloat16）更快且更省显存。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="55"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="58"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="61"/>
        <source>Loading engine…</source>
        <translation>正在加载引擎…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="75"/>
        <source>No engine (see the log)</source>
        <translation>无训练引擎（见日志）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="85"/>
        <source>Automatic ({best})</source>
        <translation>自动（{best}）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="88"/>
        <source>Supports: {p}</source>
        <translation>支持：{p}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="112"/>
        <source>{acc} {i} (not on this machine)</source>
        <translation>{acc} {i}（本机不存在）</translation>
    </message>
</context>
<context>
    <name>EngineLoader</name>
    <message>
        <location filename="../../desktop/engine.py" line="132"/>
        <source>The Python package &apos;{package}&apos; is missing from this Python environment. Install it (pip install {package}) or reinstall Danlu with its dependencies (pip install -e . in its source folder), then restart Danlu.</source>
        <extracomment>What &quot;the engine&quot; is, as the stages the user sees while it loads: (name shown, modules), dependency order. torchmetrics comes before Lightning (which imports it) so that each stage takes a visible share. Every engine module, in import order. Imported lazily by the first ``fit()`` (TensorBoard logging, optional): loading them with the engine keeps the start of the first run from stalling the GUI on their imports. Move the objects that exist once the engine has loaded out of the garbage collector&apos;s reach (see _on_loaded). torch&apos;s native libraries in load order (dependencies first); preloaded without the GIL, see below. Import names of Danlu&apos;s dependencies whose pip package is named differently (``pip install sklearn`` fails). Danlu&apos;s own packages: missing means a broken installation, not a package to install from PyPI.</extracomment>
        <translation>当前 Python 环境缺少 Python 包“{package}”。请安装它（pip install {package}），或连同依赖重新安装丹炉（在其源代码文件夹中运行 pip install -e .），然后重启丹炉。</translation>
    </message>
    <message>
        <location filename="../../desktop/engine.py" line="139"/>
        <source>The machine ran out of memory. Close other programs, then restart Danlu.</source>
        <translation>本机内存不足。请关闭其他程序，然后重启丹炉。</translation>
    </message>
    <message>
        <location filename="../../desktop/engine.py" line="143"/>
        <source>This installation is damaged: reinstall Danlu, then restart it.</source>
        <translation>此安装已损坏：请重新安装丹炉，然后重启。</translation>
    </message>
    <message>
        <location filename="../../desktop/engine.py" line="147"/>
        <source>PyTorch&apos;s native libraries could not be loaded: reinstall PyTorch for this machine (pip install --force-reinstall torch torchvision), then restart Danlu.</source>
        <translation>无法加载 PyTorch 的本地库：请为本机重新安装 PyTorch（pip install --force-reinstall torch torchvision），然后重启丹炉。</translation>
    </message>
    <message>
        <location filename="../../desktop/engine.py" line="152"/>
        <source>Reinstall Danlu&apos;s dependencies (pip install --force-reinstall -e . in the Danlu folder), then restart Danlu. The details below say which import failed.</source>
        <translation>请重新安装丹炉的依赖（在丹炉文件夹中运行 pip install --force-reinstall -e .），然后重启丹炉。下面的详细信息说明了哪个导入失败。</translation>
    </message>
</context>
<context>
    <name>ExperimentFiles</name>
    <message>
        <location filename="../../desktop/experiment_files.py" line="19"/>
        <source>Danlu experiment (*.yaml *.yml)</source>
        <translation>丹炉实验 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../desktop/experiment_files.py" line="56"/>
        <source>Open experiment</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <location filename="../../desktop/experiment_files.py" line="65"/>
        <source>Cannot open the experiment</source>
        <translation>无法打开实验</translation>
    </message>
    <message>
        <location filename="../../desktop/experiment_files.py" line="80"/>
        <source>Save experiment</source>
        <translation>保存实验</translation>
    </message>
    <message>
        <location filename="../../desktop/experiment_files.py" line="92"/>
        <source>Cannot save the experiment</source>
        <translation>无法保存实验</translation>
    </message>
    <message>
        <location filename="../../desktop/experiment_files.py" line="138"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/experiment_files.py" line="139"/>
        <source>The experiment has unsaved changes. Save them first?</source>
        <translation>实验有未保存的修改。要先保存吗？</translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message>
        <location filename="../../desktop/panels/explain_view.py" line="61"/>
        <source>Explain</source>
        <extracomment>Captum hooks the explained layer while it works: one explanation at a time per network.</extracomment>
        <translation>解释</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/explain_view.py" line="63"/>
        <source>Show which parts of the input drove the prediction</source>
        <translation>显示输入的哪些部分决定了预测</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/explain_view.py" line="67"/>
        <source>The class whose evidence is shown</source>
        <translation>要显示其依据的类别</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/explain_view.py" line="77"/>
        <source>for</source>
        <translation>针对</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/explain_view.py" line="100"/>
        <source>Choose a run to explain its predictions.</source>
        <translation>选择一个运行来解释它的预测。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/explain_view.py" line="114"/>
        <source>the predicted class</source>
        <translation>预测的类别</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/explain_view.py" line="119"/>
        <source>output {k}</source>
        <translation>输出 {k}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/explain_view.py" line="120"/>
        <source>Press Explain, then choose an input.</source>
        <translation>点击“解释”，然后选择一个输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/explain_view.py" line="138"/>
        <source>Press Explain to see what drove the prediction.</source>
        <translation>点击“解释”，查看是什么决定了预测。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/explain_view.py" line="145"/>
        <source>Choose an input to explain.</source>
        <translation>选择一个要解释的输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/explain_view.py" line="151"/>
        <source>Computing {method} for {name}…</source>
        <translation>正在为 {name} 计算 {method}…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/explain_view.py" line="156"/>
        <source>{method} of {name}.</source>
        <translation>{name} 的 {method}。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="37"/>
        <source>ONNX model (*.onnx)</source>
        <extracomment>(format id, label, file filter) in the order shown.</extracomment>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="38"/>
        <source>TorchScript archive (*.pt)</source>
        <translation>TorchScript 归档 (*.pt)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="41"/>
        <source>safetensors (.safetensors, weights only)</source>
        <translation>safetensors（.safetensors，仅权重）</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="42"/>
        <source>safetensors weights (*.safetensors)</source>
        <translation>safetensors 权重 (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="109"/>
        <source>Export {run}</source>
        <translation>导出 {run}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="116"/>
        <source>Best (lowest validation loss or chosen monitor)</source>
        <translation>最佳（验证损失最低或所选监控指标）</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="117"/>
        <source>Last (end of training)</source>
        <translation>最后（训练结束时）</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="124"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="125"/>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="126"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="130"/>
        <source>A JSON file with the input shape, preprocessing and class names is written beside the model. The export is compared with the trained model on 32 validation samples before it is kept.</source>
        <translation>模型旁会写入一个 JSON 文件，包含输入形状、预处理和类别名称。保留导出结果前，会在 32 个验证样本上与训练好的模型比对。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="147"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="148"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="200"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="216"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="232"/>
        <source>Parity not checked: {reason}</source>
        <translation>未检查一致性：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="236"/>
        <source>Parity passed: max |difference| {diff:.3g} over {n} samples ({backend}, tolerance {tol:g})</source>
        <translation>一致性通过：{n} 个样本上最大 |差值| {diff:.3g}（{backend}，容差 {tol:g}）</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="243"/>
        <source>Saved {model}
and {meta}
SHA-256 {sha}</source>
        <translation>已保存 {model}
和 {meta}
SHA-256 {sha}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="256"/>
        <source>Parity FAILED: {message}</source>
        <translation>一致性检查失败：{message}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="258"/>
        <source>Export failed: {message}</source>
        <translation>导出失败：{message}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="260"/>
        <source>Nothing was written.</source>
        <translation>未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>FormWidgets</name>
    <message>
        <location filename="../../desktop/panels/form_widgets.py" line="23"/>
        <source>{help}
Default: {default}</source>
        <translation>{help}
默认值：{default}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/form_widgets.py" line="55"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/form_widgets.py" line="58"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/form_widgets.py" line="60"/>
        <source>off</source>
        <translation>关</translation>
    </message>
</context>
<context>
    <name>GanOptions</name>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="30"/>
        <source>Not used by GAN training: {what}</source>
        <translation>GAN 训练不使用：{what}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="42"/>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="43"/>
        <source>How the generator and the discriminator train against each other. A GAN does not use the learning-rate schedule (both rates stay constant; no learning-rate finder), gradient clipping (spectral normalisation steadies the discriminator instead), early stopping or the L1 penalty (best.ckpt keeps the epoch with the lowest feature distance): they are greyed out.</source>
        <translation>生成器和判别器如何相互对抗训练。GAN 不使用学习率调度（两个学习率保持恒定；没有学习率查找器）、梯度裁剪（改由谱归一化稳定判别器）、提前停止或 L1 惩罚（best.ckpt 保存特征距离最低的那一轮）：这些选项显示为灰色。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="53"/>
        <source>D steps per G step</source>
        <translation>每步 G 对应的 D 步数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="54"/>
        <source>Discriminator updates per generator update (WGAN-GP usually takes 5).</source>
        <translation>每次更新生成器时判别器的更新次数（WGAN-GP 通常为 5）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="60"/>
        <source>Discriminator rate</source>
        <translation>判别器学习率</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="61"/>
        <source>The discriminator&apos;s learning rate; unset: the optimiser&apos;s, which the generator uses. A higher one (e.g. 4e-4 against 1e-4) is the two time-scale update rule (TTUR).</source>
        <translation>判别器的学习率；未设置：使用优化器的学习率（生成器也用它）。设得更高（例如 4e-4 对 1e-4）即双时间尺度更新规则（TTUR）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="68"/>
        <source>Own rate</source>
        <translation>单独的学习率</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="72"/>
        <source>Gradient penalty</source>
        <translation>梯度惩罚</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="73"/>
        <source>Weight of WGAN-GP&apos;s gradient penalty on the discriminator.</source>
        <translation>WGAN-GP 对判别器的梯度惩罚权重。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="78"/>
        <source>Latent size</source>
        <translation>潜向量维度</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="79"/>
        <source>Length of the random normal vector each generated image starts from.</source>
        <translation>每张生成图像起始的随机正态向量的长度。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="86"/>
        <source>Spectral normalisation of the discriminator&apos;s layers: steadier training, especially with hinge.</source>
        <translation>对判别器的层做谱归一化：训练更稳定，尤其是使用 hinge 损失时。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="90"/>
        <source>Spectral normalisation (discriminator)</source>
        <translation>谱归一化（判别器）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="94"/>
        <source>Generator average</source>
        <translation>生成器滑动平均</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="95"/>
        <source>Samples, quality and exports use a moving average of the generator&apos;s weights with this decay (0: the generator itself); 0.999 gives smoother samples.</source>
        <translation>样本、质量评估和导出使用生成器权重的滑动平均，衰减系数为该值（0：直接用生成器本身）；0.999 的样本更平滑。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="104"/>
        <source>Tell both networks the class: the generator draws a chosen class (needs a dataset with classes; Generate on the Predict page then offers the classes).</source>
        <translation>把类别告诉两个网络：生成器生成所选的类别（需要带类别的数据集；之后“预测”页的生成功能会提供类别选择）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="109"/>
        <source>Conditional: draw a chosen class</source>
        <translation>条件生成：生成所选类别</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="113"/>
        <source>Class vector size</source>
        <translation>类别向量维度</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="114"/>
        <source>Length of the learned class vector joined to the generator&apos;s latent.</source>
        <translation>与生成器潜向量拼接的可学习类别向量的长度。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="121"/>
        <source>Quality classifier</source>
        <translation>质量评估分类器</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="122"/>
        <source>A classification run on the same images whose features measure the samples (Fréchet and kernel distances: lower is better). Empty: a small classifier is trained first, in the run.</source>
        <translation>在相同图像上训练的分类运行，用它的特征衡量样本（Fréchet 距离和核距离：越低越好）。留空：在本次运行中先训练一个小分类器。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="128"/>
        <source>automatic: a small classifier trained first</source>
        <translation>自动：先训练一个小分类器</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="133"/>
        <source>Classifier epochs</source>
        <translation>分类器训练轮数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="134"/>
        <source>Epochs of the automatically trained quality classifier.</source>
        <translation>自动训练的质量评估分类器的轮数。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="139"/>
        <source>Live samples every (s)</source>
        <translation>实时样本间隔（秒）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="140"/>
        <source>Seconds between sample grids within an epoch on the Results page (one always ends an epoch).</source>
        <translation>“结果”页上一轮之内两次样本网格之间的秒数（每轮结束时总会显示一次）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_options.py" line="155"/>
        <source>Choose a classification run on the same images</source>
        <translation>选择在相同图像上训练的分类运行</translation>
    </message>
</context>
<context>
    <name>GanResultsView</name>
    <message>
        <location filename="../../desktop/panels/gan_results.py" line="33"/>
        <source>Losses</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_results.py" line="33"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_results.py" line="35"/>
        <source>Discriminator outputs (mean)</source>
        <translation>判别器输出（均值）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_results.py" line="35"/>
        <source>D(x)</source>
        <translation>D(x)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_results.py" line="38"/>
        <source>Classifier-feature distances (lower is better)</source>
        <translation>分类器特征距离（越低越好）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_results.py" line="38"/>
        <source>distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_results.py" line="44"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_results.py" line="45"/>
        <source>share or ratio</source>
        <translation>比例或比值</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_results.py" line="56"/>
        <source>Drawn class recognised: how often the quality classifier sees the class a sample was drawn for (conditional GANs). Feature spread: the samples&apos; variety over the real images&apos; (1 = as varied as the data; near 0 = collapsed; above 1 = noisier than the data).</source>
        <translation>指定类别识别率：质量分类器将样本识别为其生成时指定类别的频率（条件 GAN）。特征离散度：样本多样性与真实图像多样性之比（1 = 与数据一样多样；接近 0 = 模式崩溃；大于 1 = 比数据更嘈杂）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_results.py" line="65"/>
        <source>Fréchet and kernel distances between features of real and generated images, measured by a classifier trained on this data (not the Inception network of published FID scores).</source>
        <translation>真实图像与生成图像特征之间的 Fréchet 距离和核距离，由在本数据上训练的分类器测量（不是已发表 FID 分数所用的 Inception 网络）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_results.py" line="70"/>
        <source>Samples from a fixed latent batch</source>
        <translation>固定潜向量批次生成的样本</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_results.py" line="72"/>
        <source>After training: walks through the latent space</source>
        <translation>训练后：在潜空间中的插值</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/gan_results.py" line="74"/>
        <source>After training: one row per class</source>
        <translation>训练后：每个类别一行</translation>
    </message>
</context>
<context>
    <name>GenerateView</name>
    <message>
        <location filename="../../desktop/panels/generate_view.py" line="48"/>
        <source>How many images to draw (tiled into one grid).</source>
        <translation>要生成多少张图像（拼成一张网格图）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/generate_view.py" line="51"/>
        <source>A conditional GAN draws the class you choose; every class: the classes in turn, one per row.</source>
        <translation>条件 GAN 生成你选择的类别；“每个类别”：依次生成各类别，每类一行。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/generate_view.py" line="55"/>
        <source>The same seed draws the same images; change it for new ones.</source>
        <translation>相同的种子生成相同的图像；更换种子可得到新的图像。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/generate_view.py" line="56"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/generate_view.py" line="58"/>
        <source>Save PNG…</source>
        <translation>保存 PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/generate_view.py" line="64"/>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/generate_view.py" line="65"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/generate_view.py" line="66"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/generate_view.py" line="89"/>
        <source>every class</source>
        <translation>每个类别</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/generate_view.py" line="89"/>
        <source>no classes (unconditional)</source>
        <translation>无类别（无条件）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/generate_view.py" line="94"/>
        <source>Press Generate to draw new images.</source>
        <translation>点击“生成”以生成新图像。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/generate_view.py" line="106"/>
        <source>Drawing {n} image(s)…</source>
        <translation>正在生成 {n} 张图像…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/generate_view.py" line="116"/>
        <source>class {name}, seed {seed}</source>
        <translation>类别 {name}，种子 {seed}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/generate_view.py" line="118"/>
        <source>seed {seed}</source>
        <translation>种子 {seed}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/generate_view.py" line="121"/>
        <source>{n} new image(s), {rows} x {cols}, {what}.</source>
        <translation>{n} 张新图像，{rows} x {cols}，{what}。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/generate_view.py" line="130"/>
        <source>No images: {msg}</source>
        <translation>没有图像：{msg}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/generate_view.py" line="146"/>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/generate_view.py" line="150"/>
        <source>Save the images</source>
        <translation>保存图像</translation>
    </message>
</context>
<context>
    <name>LayerInspector</name>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="46"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="47"/>
        <source>Initialisation</source>
        <translation>初始化</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="48"/>
        <source>Output features</source>
        <translation>输出特征数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="49"/>
        <source>Bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="50"/>
        <source>Output channels</source>
        <translation>输出通道数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="51"/>
        <source>Kernel size</source>
        <translation>卷积核大小</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="52"/>
        <source>Stride</source>
        <translation>步幅</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="53"/>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="54"/>
        <source>Dilation</source>
        <translation>膨胀</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="55"/>
        <source>Output size</source>
        <translation>输出尺寸</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="56"/>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="57"/>
        <source>Epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="58"/>
        <source>Drop probability</source>
        <translation>丢弃概率</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="59"/>
        <source>Negative slope</source>
        <translation>负半轴斜率</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="60"/>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="61"/>
        <source>Vocabulary size</source>
        <translation>词表大小</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="62"/>
        <source>Embedding size</source>
        <translation>嵌入维度</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="63"/>
        <source>Hidden size</source>
        <translation>隐藏单元数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="64"/>
        <source>Stacked layers</source>
        <translation>堆叠层数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="65"/>
        <source>Bidirectional</source>
        <translation>双向</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="66"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="67"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="68"/>
        <source>Attention heads</source>
        <translation>注意力头数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="69"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="70"/>
        <source>Max length</source>
        <translation>最大长度</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="71"/>
        <source>Feed-forward size</source>
        <translation>前馈层维度</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="72"/>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="73"/>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="74"/>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="75"/>
        <source>Axis order</source>
        <translation>轴顺序</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="76"/>
        <source>Zero biases</source>
        <translation>偏置置零</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="77"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="78"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="79"/>
        <source>Freeze stages</source>
        <translation>冻结阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="80"/>
        <source>LR factor</source>
        <translation>学习率系数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="81"/>
        <source>Unfreeze every</source>
        <translation>解冻间隔</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="82"/>
        <source>Initialise from run</source>
        <translation>从运行初始化</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="85"/>
        <source>Optional label shown in the editor and in error messages.</source>
        <translation>可选的标签，显示在编辑器和错误信息中。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="86"/>
        <source>Weight initialisation of this layer; empty uses the network&apos;s setting.</source>
        <translation>该层的权重初始化；留空则使用整个网络的设置。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="87"/>
        <source>Step between windows; automatic = the kernel size.</source>
        <translation>窗口之间的步长；自动 = 与核大小相同。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="88"/>
        <source>Zeros added on each side; &apos;same&apos; keeps the size.</source>
        <translation>每侧补零的数量；&apos;same&apos; 保持尺寸不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="89"/>
        <source>Number of distinct token ids; automatic = the dataset&apos;s vocabulary.</source>
        <translation>不同词元 ID 的数量；自动 = 数据集的词表大小。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="90"/>
        <source>&apos;last&apos; gives the final step [hidden]; &apos;sequence&apos; gives every step [T, hidden].</source>
        <translation>&apos;last&apos; 输出最后一步 [hidden]；&apos;sequence&apos; 输出每一步 [T, hidden]。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="91"/>
        <source>New order of the per-sample axes, e.g. 1, 0 swaps [T, F] into [F, T].</source>
        <translation>每个样本各轴的新顺序，例如 1, 0 把 [T, F] 换成 [F, T]。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="92"/>
        <source>New per-sample shape; one entry may be -1.</source>
        <translation>每个样本的新形状；其中一项可以是 -1。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="93"/>
        <source>Set every bias to zero after initialisation.</source>
        <translation>初始化后把所有偏置设为零。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="94"/>
        <source>Pretrained weights: a file of the weights library, a file by path, or none.</source>
        <translation>预训练权重：权重库中的文件、按路径指定的文件，或不使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="95"/>
        <source>Frozen stages keep weights and batch-norm statistics: none, all, or 0 (stem) to 4.</source>
        <translation>冻结的阶段保持权重和批归一化统计量不变：none、all，或 0（stem）到 4。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="96"/>
        <source>The backbone learns at the learning rate times this (the head at the full rate).</source>
        <translation>主干网络的学习率为学习率乘以该值（头部使用完整学习率）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="97"/>
        <source>Every this many epochs the deepest frozen stage starts learning (0: never).</source>
        <translation>每隔这么多轮，最深的冻结阶段开始学习（0：从不）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="98"/>
        <source>A run folder: layers whose name and shape match start from its best checkpoint.</source>
        <translation>一个运行文件夹：名称和形状匹配的层从它的最佳检查点开始。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="101"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="102"/>
        <source>(network default)</source>
        <translation>（网络默认）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="103"/>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="104"/>
        <location filename="../../desktop/panels/network/inspector.py" line="164"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="133"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="148"/>
        <source>Select a layer to edit it, or add layers from the palette by double-click or drag and drop.</source>
        <translation>选择一层进行编辑，或在层面板中双击或拖放以添加层。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="164"/>
        <source>Template: {name}</source>
        <translation>模板：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="181"/>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="187"/>
        <source>When to use:</source>
        <translation>何时使用：</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="219"/>
        <source>{n} inner layers. Drop layers onto the block to add them inside it.</source>
        <translation>内含 {n} 层。把层拖放到块上即可加入块内。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="235"/>
        <source>Stages {names}. Frozen: {frozen} of {total} parameters.</source>
        <translation>阶段 {names}。已冻结：{total} 个参数中的 {frozen} 个。</translation>
    </message>
</context>
<context>
    <name>LayerPalette</name>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="43"/>
        <source>Filter layers…</source>
        <extracomment>The MIME type a palette drag carries (the layer ``type`` as UTF-8).</extracomment>
        <translation>筛选层…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="56"/>
        <source>Core</source>
        <translation>基础</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="57"/>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="58"/>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="59"/>
        <source>Recurrent</source>
        <translation>循环</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="60"/>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="61"/>
        <source>Normalisation</source>
        <translation>归一化</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="62"/>
        <source>Regularisation</source>
        <translation>正则化</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="63"/>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="64"/>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="65"/>
        <source>Blocks</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="67"/>
        <source>Loading the layer catalogue…</source>
        <translation>正在加载层目录…</translation>
    </message>
</context>
<context>
    <name>LayerTree</name>
    <message>
        <location filename="../../desktop/panels/network/layer_tree.py" line="114"/>
        <source>Layer</source>
        <extracomment>The parameters worth showing next to a layer&apos;s name, in order.</extracomment>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/layer_tree.py" line="114"/>
        <source>Output shape</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/layer_tree.py" line="114"/>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/layer_tree.py" line="114"/>
        <source>MACs</source>
        <translation>乘加次数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/layer_tree.py" line="176"/>
        <source> ({n} frozen)</source>
        <translation>（{n} 个已冻结）</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../../desktop/panels/log.py" line="39"/>
        <source>Messages from loading, training and errors appear here.</source>
        <translation>加载、训练和错误信息会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/log.py" line="42"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/log.py" line="57"/>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/log.py" line="57"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/log.py" line="57"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../../desktop/plots/loss.py" line="23"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/loss.py" line="24"/>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/loss.py" line="25"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/loss.py" line="29"/>
        <source>train (step)</source>
        <translation>训练（每步）</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/loss.py" line="30"/>
        <source>train (smoothed)</source>
        <translation>训练（平滑）</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/loss.py" line="32"/>
        <source>train (epoch mean)</source>
        <translation>训练（每轮平均）</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/loss.py" line="34"/>
        <source>validation</source>
        <translation>验证集</translation>
    </message>
</context>
<context>
    <name>LrFinderBox</name>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="66"/>
        <source>Learning-rate finder</source>
        <translation>学习率查找器</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="73"/>
        <location filename="../../desktop/panels/lr_finder_view.py" line="155"/>
        <source>Find learning rate</source>
        <translation>寻找学习率</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="76"/>
        <source>Trains briefly while raising the rate from 1e-6 to 1, and suggests the rate where the loss falls fastest.</source>
        <translation>短暂训练，同时把学习率从 1e-6 提高到 1，并建议损失下降最快处的学习率。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="81"/>
        <source>Use suggestion</source>
        <translation>使用建议值</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="84"/>
        <source>Not run yet.</source>
        <translation>尚未运行。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="96"/>
        <source>A range test on a copy of the network: the experiment is not changed until you apply the suggestion.</source>
        <translation>在网络的副本上做范围测试：应用建议之前，实验不会改变。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="124"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="126"/>
        <source>Searching… ({n} batches)</source>
        <translation>正在搜索…（{n} 个批次）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="144"/>
        <source>Learning rate set to {lr:.3g}.</source>
        <translation>学习率已设为 {lr:.3g}。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="149"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="166"/>
        <source>Use {lr:.3g}</source>
        <translation>使用 {lr:.3g}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="168"/>
        <source>Suggested learning rate: {lr:.3g} (steepest loss descent).</source>
        <translation>建议学习率：{lr:.3g}（损失下降最快处）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="171"/>
        <source>No suggestion: the search was too short. Run it again without stopping.</source>
        <translation>没有建议：搜索太短。请重新运行且不要中途停止。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="178"/>
        <source>The search failed: {msg}</source>
        <translation>搜索失败：{msg}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="179"/>
        <source>Learning-rate finder failed</source>
        <translation>学习率查找失败</translation>
    </message>
</context>
<context>
    <name>LrFinderPlot</name>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="27"/>
        <source>Loss against learning rate</source>
        <translation>损失随学习率变化</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="28"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="29"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="203"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="204"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="205"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="206"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="207"/>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="209"/>
        <source>Predict</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="230"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="34"/>
        <source>&amp;New experiment</source>
        <translation>新建实验(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="38"/>
        <source>Start over with the built-in digits and a CNN</source>
        <translation>从内置手写数字和 CNN 重新开始</translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="42"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="46"/>
        <source>Open an experiment file</source>
        <translation>打开实验文件</translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="50"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="54"/>
        <source>Save the experiment</source>
        <translation>保存实验</translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="56"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="60"/>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="64"/>
        <source>Train a new run</source>
        <translation>训练新的运行</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="281"/>
        <location filename="../../desktop/window_actions.py" line="68"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="72"/>
        <source>Pause or resume training</source>
        <translation>暂停或继续训练</translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="76"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="80"/>
        <source>Stop after this batch, keeping a checkpoint</source>
        <translation>在此批次后停止，保留检查点</translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="83"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="85"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="95"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="107"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="111"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="113"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="119"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="120"/>
        <source>&amp;About Danlu</source>
        <translation>关于丹炉(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="184"/>
        <source>The {page} page failed to build. Please report this, with the text below.</source>
        <extracomment>Each page&apos;s panel, imported by name: the window shows before pyqtgraph and the panels load. A panel that fails to build raises (tests fail); only a frozen build shows the traceback on the page and in the log. Build the panels after this long even if the window has not painted (it may never, e.g. started minimised).</extracomment>
        <translation>{page} 页面构建失败。请连同下面的文字一起报告此问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="208"/>
        <source>Studies</source>
        <translation>超参数研究</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="252"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="281"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="284"/>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="324"/>
        <source>Engine failed to load (see the log)</source>
        <translation>训练引擎加载失败（见日志）</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="329"/>
        <source>The training engine failed to load</source>
        <translation>训练引擎加载失败</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="333"/>
        <source>Engine ready ({s:.1f} s)</source>
        <translation>引擎就绪（{s:.1f} 秒）</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="334"/>
        <source>Training engine loaded in {s:.1f} s.</source>
        <translation>训练引擎已加载，用时 {s:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="354"/>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="365"/>
        <source>About Danlu</source>
        <translation>关于丹炉</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="367"/>
        <source>&lt;b&gt;Danlu 丹炉&lt;/b&gt;&lt;br&gt;Point-and-click deep learning on your own machine.&lt;br&gt;Experiments are YAML files; every run is a folder you can open with any tool.</source>
        <translation>&lt;b&gt;丹炉 Danlu&lt;/b&gt;&lt;br&gt;在自己的电脑上点点鼠标就能做深度学习。&lt;br&gt;实验是 YAML 文件；每次运行都是一个可以用任何工具打开的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="390"/>
        <source>Training in progress</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="392"/>
        <source>A run is still training. Stop it and quit? It keeps a checkpoint, so you can resume it later from the Runs page.</source>
        <translation>仍有训练在运行。停止并退出吗？运行会保留检查点，之后可以在“运行记录”页继续。</translation>
    </message>
</context>
<context>
    <name>MetricPlot</name>
    <message>
        <location filename="../../desktop/plots/metric.py" line="40"/>
        <location filename="../../desktop/plots/metric.py" line="123"/>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/metric.py" line="122"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/metric.py" line="124"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/metric.py" line="130"/>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/metric.py" line="149"/>
        <source>planned</source>
        <translation>计划</translation>
    </message>
</context>
<context>
    <name>MisclassifiedGallery</name>
    <message>
        <location filename="../../desktop/panels/predict_views.py" line="144"/>
        <source>Choose a split and press Show to list the samples the network gets wrong.</source>
        <translation>选择一个数据划分并点击“显示”，列出网络判断错误的样本。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict_views.py" line="153"/>
        <source>No misclassified samples in this split.</source>
        <translation>该划分中没有分类错误的样本。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict_views.py" line="168"/>
        <source>sample {index}</source>
        <translation>样本 {index}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict_views.py" line="174"/>
        <source>true: {true}
predicted: {pred} ({p:.0%})</source>
        <translation>真实：{true}
预测：{pred}（{p:.0%}）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict_views.py" line="182"/>
        <source>sample {index} of the split</source>
        <translation>该划分中的第 {index} 个样本</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="115"/>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="116"/>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="34"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="40"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="151"/>
        <source>Undo {what} (Ctrl+Z)</source>
        <translation>撤销：{what}（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="153"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="158"/>
        <source>Redo {what} (Ctrl+Shift+Z)</source>
        <translation>重做：{what}（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="160"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="54"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="58"/>
        <source>Delete the selected layers (Del)</source>
        <translation>删除所选的层（Del）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="61"/>
        <location filename="../../desktop/panels/network/panel.py" line="318"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="65"/>
        <source>Insert a copy after each selected layer (Ctrl+D)</source>
        <translation>在每个所选层后插入一份副本（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="68"/>
        <location filename="../../desktop/panels/network/panel.py" line="332"/>
        <source>Wrap in residual block</source>
        <translation>包装为残差块</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="72"/>
        <source>Put the selected neighbouring layers in a residual block whose output is added to its input (Ctrl+G)</source>
        <translation>把所选的相邻层放入残差块，块的输出与其输入相加（Ctrl+G）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="78"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="82"/>
        <source>Move the layer up (Alt+Up)</source>
        <translation>将该层上移（Alt+Up）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="85"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="89"/>
        <source>Move the layer down (Alt+Down)</source>
        <translation>将该层下移（Alt+Down）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="92"/>
        <source>Open network…</source>
        <translation>打开网络…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="95"/>
        <source>Load a network from a YAML file</source>
        <translation>从 YAML 文件加载网络</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="98"/>
        <source>Save network…</source>
        <translation>保存网络…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="101"/>
        <source>Save the network as a YAML file</source>
        <translation>将网络保存为 YAML 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="95"/>
        <source>Import weights…</source>
        <translation>导入权重…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="96"/>
        <source>Check a pretrained weights file and copy it into the library</source>
        <translation>检查预训练权重文件并将其复制到权重库</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="98"/>
        <source>Initialise from run…</source>
        <translation>从运行初始化…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="100"/>
        <source>Start the layers whose name and shape match from an earlier run&apos;s best checkpoint</source>
        <translation>名称和形状匹配的层从之前某次运行的最佳检查点开始</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="106"/>
        <source>Pretrained</source>
        <translation>预训练</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="107"/>
        <source>Pretrained weights and starting from an earlier run</source>
        <translation>预训练权重，以及从之前的运行开始</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="139"/>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="140"/>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="141"/>
        <source>forecasting</source>
        <translation>时序预测</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="142"/>
        <source>generation (GAN)</source>
        <translation>生成（GAN）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="218"/>
        <source>Adapt the template to the data</source>
        <translation>使模板适配数据</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="225"/>
        <source>Switch to {task}</source>
        <translation>切换到{task}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="252"/>
        <source>Invalid network</source>
        <translation>网络无效</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="275"/>
        <source>Template does not fit</source>
        <translation>模板不适用</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="278"/>
        <source>Use template {name}</source>
        <translation>使用模板 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="292"/>
        <source>Insert {type}</source>
        <translation>插入 {type}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="307"/>
        <source>Delete {n} layer(s)</source>
        <translation>删除 {n} 层</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="328"/>
        <source>Cannot wrap</source>
        <translation>无法包装</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="329"/>
        <source>Select neighbouring layers of the same block: {msg}</source>
        <translation>请选择同一块中相邻的层：{msg}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="350"/>
        <source>Cannot move</source>
        <translation>无法移动</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="352"/>
        <source>Move layer</source>
        <translation>移动层</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="357"/>
        <source>Change {field} of layer {index}</source>
        <translation>修改第 {index} 层的 {field}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="364"/>
        <source>Change {field}</source>
        <translation>修改 {field}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="370"/>
        <source>Imported {name} ({arch}) into the weights library.</source>
        <translation>已将 {name}（{arch}）导入权重库。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="382"/>
        <source>Not a run folder</source>
        <translation>不是运行文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="385"/>
        <source>No checkpoint</source>
        <translation>没有检查点</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="385"/>
        <source>{run} has no checkpoint yet.</source>
        <translation>{run} 还没有检查点。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="393"/>
        <source>Initialise from run</source>
        <translation>从运行初始化</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="408"/>
        <source>Cannot open the network</source>
        <translation>无法打开网络</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="410"/>
        <source>Open {file}</source>
        <translation>打开 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="415"/>
        <source>Open network</source>
        <translation>打开网络</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="415"/>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML 文件 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="422"/>
        <source>Save network</source>
        <translation>保存网络</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="422"/>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML 文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="428"/>
        <source>Cannot save the network</source>
        <translation>无法保存网络</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="466"/>
        <source>Input {inp} → output {out}   ·   {params} parameters   ·   {macs} MACs per sample</source>
        <translation>输入 {inp} → 输出 {out}   ·   {params} 个参数   ·   每个样本 {macs} 次乘加</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="470"/>
        <source>Generator: latent {inp} → image {out}   ·   {params} parameters   ·   {macs} MACs per image</source>
        <translation>生成器：潜向量 {inp} → 图像 {out}   ·   {params} 个参数   ·   每张图像 {macs} 次乘加</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="473"/>
        <source>Discriminator: image {inp} → score {out}   ·   {params} parameters   ·   {macs} MACs per image</source>
        <translation>判别器：图像 {inp} → 得分 {out}   ·   {params} 个参数   ·   每张图像 {macs} 次乘加</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="478"/>
        <source> ({trainable} trainable, {frozen} frozen)</source>
        <translation>（{trainable} 个可训练，{frozen} 个已冻结）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="484"/>
        <source>Both networks fit the data: ready to train.</source>
        <translation>两个网络都与数据匹配：可以开始训练。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="486"/>
        <source>The network fits the data: ready to train.</source>
        <translation>网络与数据匹配：可以开始训练。</translation>
    </message>
</context>
<context>
    <name>NetworkSwitch</name>
    <message>
        <location filename="../../desktop/panels/network/switch.py" line="26"/>
        <source>Generator</source>
        <translation>生成器</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/switch.py" line="26"/>
        <source>Discriminator</source>
        <translation>判别器</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/switch.py" line="29"/>
        <source>The generator turns a random latent vector into an image.</source>
        <translation>生成器把随机潜向量变成图像。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/switch.py" line="30"/>
        <source>The discriminator scores an image: real (from the data) or generated.</source>
        <translation>判别器给图像打分：真实（来自数据）还是生成的。</translation>
    </message>
</context>
<context>
    <name>PathRow</name>
    <message>
        <location filename="../../desktop/path_row.py" line="21"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>PredictPanel</name>
    <message>
        <location filename="../../desktop/panels/predict.py" line="158"/>
        <source>No run selected</source>
        <translation>未选择运行</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="161"/>
        <source>best checkpoint</source>
        <translation>最佳检查点</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="162"/>
        <source>last checkpoint</source>
        <translation>最后检查点</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="164"/>
        <source>Train a network, or open a run in the Runs panel, to predict with it.</source>
        <translation>训练一个网络，或在“运行记录”面板中打开一次运行，即可用它预测。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="169"/>
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="170"/>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="171"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="175"/>
        <source>top </source>
        <translation>前 </translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="186"/>
        <source>Drop files or a folder here,
or use Choose files…</source>
        <translation>将文件或文件夹拖到这里，
或使用“选择文件…”</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="222"/>
        <source>validation split</source>
        <translation>验证集</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="223"/>
        <source>test split</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="224"/>
        <source>Show misclassified</source>
        <translation>显示分类错误的样本</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="230"/>
        <source>Split:</source>
        <translation>数据划分：</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="238"/>
        <source>Press Explain, then click a sample.</source>
        <translation>点击“解释”，然后点击一个样本。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="247"/>
        <source>Predict files</source>
        <translation>预测文件</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="248"/>
        <source>Misclassified samples</source>
        <translation>分类错误的样本</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="250"/>
        <source>Generate images</source>
        <translation>生成图像</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="286"/>
        <source>Loading the trained network…</source>
        <translation>正在加载训练好的网络…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="290"/>
        <source>This run cannot predict: {msg}</source>
        <translation>该运行无法用于预测：{msg}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="307"/>
        <source>A GAN run makes new images instead of predicting: choose how many (and a class), then Generate.</source>
        <translation>GAN 运行生成新图像而不是做预测：选择数量（以及类别），然后点击“生成”。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="323"/>
        <source>{n} classes</source>
        <translation>{n} 个类别</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="324"/>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="325"/>
        <source>forecasting</source>
        <translation>时序预测</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="337"/>
        <source>The inputs were cleared: this network takes {what}. Choose or drop new ones.</source>
        <translation>已清除输入：此网络接受 {what}。请选择或拖入新的输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="342"/>
        <source>Ready. Choose or drop inputs to predict them.</source>
        <translation>就绪。选择或拖入输入即可预测。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="343"/>
        <source>This network takes {what}.</source>
        <translation>该网络接受：{what}。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="371"/>
        <source>Choose inputs</source>
        <translation>选择输入</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="371"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="376"/>
        <source>Choose a folder of images</source>
        <translation>选择图像文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="384"/>
        <source>Predicting {n} input(s)…</source>
        <translation>正在预测 {n} 个输入…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="388"/>
        <source>Prediction failed: {msg}</source>
        <translation>预测失败：{msg}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="420"/>
        <source>{ok} prediction(s), {bad} input(s) could not be read.</source>
        <translation>{ok} 个预测，{bad} 个输入无法读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="422"/>
        <source>{ok} prediction(s).</source>
        <translation>{ok} 个预测。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="443"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: most likely &lt;b&gt;{label}&lt;/b&gt; ({p:.1%})</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;：最可能是 &lt;b&gt;{label}&lt;/b&gt;（{p:.1%}）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="450"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: predicted {values}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;：预测值 {values}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="462"/>
        <source>Evaluating the network on the split…</source>
        <translation>正在该划分上评估网络…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="472"/>
        <source>{wrong} of {total} samples misclassified ({acc:.1%} correct).</source>
        <translation>{total} 个样本中有 {wrong} 个分类错误（正确率 {acc:.1%}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="476"/>
        <source>The {n} most confident mistakes are shown.</source>
        <translation>显示置信度最高的 {n} 个错误。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="483"/>
        <source>The split could not be evaluated: {msg}</source>
        <translation>无法评估该划分：{msg}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="495"/>
        <source>sample {index} (true {true}, predicted {pred})</source>
        <translation>样本 {index}（真实 {true}，预测 {pred}）</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../desktop/dialogs/report.py" line="46"/>
        <location filename="../../desktop/dialogs/report.py" line="62"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/report.py" line="47"/>
        <source>The report could not be written:
{message}</source>
        <translation>无法生成报告：
{message}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/report.py" line="63"/>
        <source>The report was written, but no browser could be opened to show it. Open this file in a browser:</source>
        <translation>报告已写好，但无法打开浏览器显示它。请在浏览器中打开此文件：</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../desktop/panels/results.py" line="273"/>
        <source>FD</source>
        <translation>FD</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="296"/>
        <source>classifier-feature FD</source>
        <translation>分类器特征 FD</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="108"/>
        <source>No run yet: press Train.</source>
        <translation>还没有运行：点击“训练”。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="113"/>
        <source>samples/s</source>
        <translation>样本/秒</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="114"/>
        <source>time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="115"/>
        <source>last loss</source>
        <translation>最近损失</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="116"/>
        <source>best validation</source>
        <translation>最佳验证值</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="117"/>
        <source>GPU memory</source>
        <translation>GPU 显存</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="110"/>
        <location filename="../../desktop/panels/results.py" line="253"/>
        <location filename="../../desktop/panels/results.py" line="269"/>
        <source>epoch {value} of {maximum}</source>
        <translation>第 {value} / {maximum} 轮</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="111"/>
        <source>batch {value} of {maximum}</source>
        <translation>第 {value} / {maximum} 批</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="130"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="132"/>
        <source>Export this run&apos;s model (ONNX, TorchScript, safetensors), checked against the trained model.</source>
        <translation>导出此运行的模型（ONNX、TorchScript、safetensors），并与训练好的模型比对。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="134"/>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="135"/>
        <source>Write this run&apos;s HTML report and open it in the browser.</source>
        <translation>生成此运行的 HTML 报告并在浏览器中打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="166"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="258"/>
        <source>stopped early at epoch {value} of {maximum} ({metric} stopped improving)</source>
        <translation>在第 {value} 轮（共 {maximum} 轮）提前停止（{metric} 不再改善）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="262"/>
        <source>by a signal</source>
        <translation>由信号停止</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="262"/>
        <source>by you</source>
        <translation>由您停止</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="263"/>
        <source>stopped at epoch {value} of {maximum}</source>
        <translation>在第 {value} 轮（共 {maximum} 轮）停止</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="267"/>
        <source>failed in epoch {value} of {maximum}</source>
        <translation>在第 {value} 轮（共 {maximum} 轮）中失败</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="268"/>
        <source>failed after epoch {value} of {maximum}</source>
        <translation>在第 {value} 轮（共 {maximum} 轮）后失败</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="274"/>
        <source>acc</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="276"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="287"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="287"/>
        <source>Training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="288"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="289"/>
        <source>Stopped (checkpoint kept)</source>
        <translation>已停止（已保留检查点）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="290"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="295"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="295"/>
        <source>validation</source>
        <translation>验证集</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="296"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="299"/>
        <source>{split} {metric} {value:.4f}</source>
        <translation>{split} {metric} {value:.4f}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="313"/>
        <source>Baseline skipped: {why}</source>
        <translation>已跳过基线：{why}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="317"/>
        <source>Baseline: {model}, trained on the same train split in {s:.1f} s.</source>
        <translation>基线：{model}，在相同的训练集上训练，用时 {s:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="321"/>
        <source>network {network:.2f} - baseline {baseline:.2f}</source>
        <translation>网络 {network:.2f} - 基线 {baseline:.2f}</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="28"/>
        <source>Validation metrics</source>
        <translation>验证指标</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="29"/>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="31"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="32"/>
        <source>F1 (macro)</source>
        <translation>F1（宏平均）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="33"/>
        <source>AUROC (macro)</source>
        <translation>AUROC（宏平均）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="39"/>
        <source>Validation errors</source>
        <translation>验证误差</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="40"/>
        <source>error</source>
        <translation>误差</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="41"/>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="41"/>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="43"/>
        <source>Coefficient of determination</source>
        <translation>决定系数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="188"/>
        <source>test split</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="188"/>
        <source>validation</source>
        <translation>验证集</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="200"/>
        <source>ROC ({split})</source>
        <translation>ROC（{split}）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="205"/>
        <source>Confusion matrix ({split})</source>
        <translation>混淆矩阵（{split}）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="210"/>
        <source>Predicted vs actual ({split})</source>
        <translation>预测值与真实值（{split}）</translation>
    </message>
</context>
<context>
    <name>RocPlot</name>
    <message>
        <location filename="../../desktop/plots/roc.py" line="27"/>
        <source>ROC</source>
        <extracomment>Above this many classes the legend would cover the plot: the curves stay, the legend lists the first ones.</extracomment>
        <translation>ROC</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/roc.py" line="28"/>
        <source>false positive rate</source>
        <translation>假阳性率</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/roc.py" line="29"/>
        <source>true positive rate</source>
        <translation>真阳性率</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <location filename="../../desktop/panels/runs.py" line="149"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="150"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="151"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="152"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="153"/>
        <source>Best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="154"/>
        <source>Test (baseline)</source>
        <translation>测试（基线）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="155"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="156"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="171"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="172"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="173"/>
        <source>Show the run&apos;s saved curves, ROC and confusion matrix.</source>
        <translation>显示该运行保存的曲线、ROC 和混淆矩阵。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="177"/>
        <source>Train more epochs</source>
        <translation>继续训练更多轮</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="178"/>
        <source>Continue the selected run from its last checkpoint.</source>
        <translation>从所选运行的最后检查点继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="179"/>
        <source>Show folder</source>
        <translation>显示文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="180"/>
        <source>Open the run folder in the file manager.</source>
        <translation>在文件管理器中打开运行文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="181"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="183"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="185"/>
        <source>Export the run&apos;s model to ONNX, TorchScript or safetensors, checked against the trained model.</source>
        <translation>将运行的模型导出为 ONNX、TorchScript 或 safetensors，并与训练好的模型比对。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="187"/>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="189"/>
        <source>Write the run&apos;s HTML report (curves, ROC, confusion matrix, mistakes) and open it in the browser.</source>
        <translation>生成运行的 HTML 报告（曲线、ROC、混淆矩阵、错例）并在浏览器中打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="221"/>
        <source>Opened run</source>
        <translation>已打开的运行</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="222"/>
        <source>Compare selected</source>
        <translation>比较所选</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="314"/>
        <source>finished (stopped early)</source>
        <translation>已完成（提前停止）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="316"/>
        <source>finished (as asked)</source>
        <translation>已完成（按要求）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="318"/>
        <source>stopped by you</source>
        <translation>由您停止</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="320"/>
        <source>stopped (signal)</source>
        <translation>已停止（信号）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="322"/>
        <source>failed (diverged)</source>
        <translation>失败（发散）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="325"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="326"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="327"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="328"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="329"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="332"/>
        <source>{status} · status.json damaged</source>
        <translation>{status} · status.json 已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="339"/>
        <source>{done} of {planned}</source>
        <translation>{done} / {planned}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="368"/>
        <source>Opened: {name}</source>
        <translation>已打开：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="402"/>
        <source>Delete runs</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="403"/>
        <source>Delete these runs and all their files (checkpoints, curves, exports)?

{names}</source>
        <translation>删除这些运行及其全部文件（检查点、曲线、导出文件）吗？

{names}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="417"/>
        <source>Cannot delete the run</source>
        <translation>无法删除该运行</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="446"/>
        <source>{n} runs overlaid.</source>
        <translation>已叠加 {n} 个运行。</translation>
    </message>
</context>
<context>
    <name>SampleGrid</name>
    <message>
        <location filename="../../desktop/panels/data_samples.py" line="66"/>
        <source>Image samples appear here once an image dataset is loaded.</source>
        <translation>加载图像数据集后，样本图像显示在这里。</translation>
    </message>
</context>
<context>
    <name>SampleGridView</name>
    <message>
        <location filename="../../desktop/plots/samples.py" line="63"/>
        <source>Move to see the samples after an earlier epoch.</source>
        <translation>拖动以查看较早轮次后的样本。</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/samples.py" line="64"/>
        <location filename="../../desktop/plots/samples.py" line="87"/>
        <source>Samples appear after the first epoch.</source>
        <translation>第一轮结束后显示样本。</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/samples.py" line="110"/>
        <source>epoch {n} (in progress)</source>
        <translation>第 {n} 轮（进行中）</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/samples.py" line="118"/>
        <source>epoch {n} of {total}</source>
        <translation>第 {n} 轮，共 {total} 轮</translation>
    </message>
</context>
<context>
    <name>ScatterPlot</name>
    <message>
        <location filename="../../desktop/plots/scatter.py" line="21"/>
        <source>Predicted vs actual</source>
        <translation>预测值与真实值</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/scatter.py" line="22"/>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/scatter.py" line="23"/>
        <source>predicted</source>
        <translation>预测</translation>
    </message>
</context>
<context>
    <name>SeriesGrid</name>
    <message>
        <location filename="../../desktop/panels/data_samples.py" line="100"/>
        <source>Sequence plots appear here once a sequence dataset is loaded.</source>
        <translation>加载序列数据集后，序列曲线显示在这里。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="27"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="29"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="30"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="34"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="36"/>
        <source>Takes effect the next time Danlu starts.</source>
        <translation>下次启动丹炉时生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="42"/>
        <source>Default: {path}</source>
        <translation>默认：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="47"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="48"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="50"/>
        <location filename="../../desktop/settings_dialog.py" line="84"/>
        <source>Runs folder</source>
        <translation>运行文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="51"/>
        <source>Every run is saved as a folder here (checkpoints, curves, evaluation).</source>
        <translation>每次运行都以文件夹形式保存在这里（检查点、曲线、评估）。</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="76"/>
        <source>{language} applies after Danlu restarts; this window keeps its current language.</source>
        <translation>{language} 将在丹炉重启后生效；此窗口保持当前语言。</translation>
    </message>
</context>
<context>
    <name>SkippedTable</name>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="154"/>
        <source>File or row</source>
        <translation>文件或行</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="154"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>SpecForm</name>
    <message>
        <location filename="../../desktop/panels/spec_form.py" line="105"/>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/spec_form.py" line="105"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>SplitOptions</name>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="57"/>
        <source>Split</source>
        <translation>数据划分</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="84"/>
        <source>Which samples go to which split.</source>
        <translation>决定哪些样本进入哪个划分。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="88"/>
        <source>Each split gets the same share of every class (classification).</source>
        <translation>每个划分中各类别比例相同（分类）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="89"/>
        <source>Keep class proportions in every split</source>
        <translation>各划分保持类别比例（分层）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="66"/>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="67"/>
        <source>Share of the samples held out to watch training.</source>
        <translation>留出用于观察训练的样本比例。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="72"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="73"/>
        <source>Share of the samples kept for the final evaluation.</source>
        <translation>留作最终评估的样本比例。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="78"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="79"/>
        <source>The rest of the samples: what the network learns from.</source>
        <translation>其余样本：网络用于学习的部分。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="84"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
</context>
<context>
    <name>StudiesPanel</name>
    <message>
        <location filename="../../desktop/panels/studies.py" line="67"/>
        <location filename="../../desktop/panels/studies.py" line="171"/>
        <source>Run study</source>
        <translation>运行研究</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="70"/>
        <location filename="../../desktop/panels/studies.py" line="166"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="72"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="73"/>
        <source>Stop after the current batch; Run continues where it stopped.</source>
        <translation>在当前批次后停止；再次运行会从停止处继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="75"/>
        <source>Open study…</source>
        <translation>打开研究…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="76"/>
        <source>Show (and continue) a study from its folder.</source>
        <translation>从文件夹显示（并继续）一个研究。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="84"/>
        <source>Open trial</source>
        <translation>打开试验</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="85"/>
        <source>Show the selected trial&apos;s curves, ROC and confusion matrix.</source>
        <translation>显示所选试验的曲线、ROC 和混淆矩阵。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="87"/>
        <source>Use these settings</source>
        <translation>使用这些设置</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="88"/>
        <source>Copy the selected configuration into the current experiment.</source>
        <translation>将所选配置复制到当前实验。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="96"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="97"/>
        <source>Seeds</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="98"/>
        <source>Parallel coordinates</source>
        <translation>平行坐标</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="99"/>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="100"/>
        <source>Learning curves</source>
        <translation>学习曲线</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="158"/>
        <source>Loading the engine…</source>
        <translation>正在加载引擎…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="160"/>
        <source>A run or study is in progress.</source>
        <translation>正在进行一次运行或研究。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="162"/>
        <source>Load the data and build a network that fits it first.</source>
        <translation>请先加载数据并搭建与之匹配的网络。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="166"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="171"/>
        <source>Continue study</source>
        <translation>继续研究</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="172"/>
        <source>Train every configuration once per seed, one after another.</source>
        <translation>依次用每个种子将每个配置各训练一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="215"/>
        <location filename="../../desktop/panels/studies.py" line="298"/>
        <source>Study folder: {path}</source>
        <translation>研究文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="216"/>
        <source>Starting the study…</source>
        <translation>正在开始研究…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="241"/>
        <source>A different study named {name!r} is in {folder}; give this one another name, or open that one to continue it.</source>
        <translation>{folder} 中已有另一个名为 {name!r} 的研究；请给这个研究换个名称，或打开那个研究以继续它。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="252"/>
        <source>Trial {n} running.</source>
        <translation>试验 {n} 正在运行。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="274"/>
        <source>Open a study folder</source>
        <translation>打开研究文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="282"/>
        <source>Reading {path}…</source>
        <translation>正在读取 {path}…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="299"/>
        <source>{n} trials read.</source>
        <translation>已读取 {n} 个试验。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="337"/>
        <source>Cannot use trial {n}: {err}</source>
        <translation>无法使用试验 {n}：{err}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="344"/>
        <source>The experiment now uses trial {n}&apos;s settings: {s}.</source>
        <translation>实验现在使用试验 {n} 的设置：{s}。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/studies.py" line="358"/>
        <source>#{n} seed {seed}</source>
        <translation>#{n} 种子 {seed}</translation>
    </message>
</context>
<context>
    <name>StudyBuilder</name>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="97"/>
        <source>Names the study and its folder; running the same name again continues it.</source>
        <extracomment>Fields offered first when adding a row (any experiment field path works).</extracomment>
        <translation>研究及其文件夹的名称；再次运行同名研究会继续它。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="102"/>
        <source>Ready-made study…</source>
        <translation>现成的研究…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="106"/>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="107"/>
        <source>Replace the rows with this ready-made comparison (3 seeds each).</source>
        <translation>用这个现成的比较替换各行（每个 3 个种子）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="111"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="111"/>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="118"/>
        <source>Values: choices a,b,c or a range LOW..HIGH, optionally :log or :step=S (e.g. 1e-4..1e-1:log, 32..256:step=32).</source>
        <translation>取值：选项 a,b,c 或范围 LOW..HIGH，可加 :log 或 :step=S（例如 1e-4..1e-1:log、32..256:step=32）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="125"/>
        <source>Any experiment field, e.g. train.optimizer.lr or network.layers[4].p.</source>
        <translation>任意实验字段，例如 train.optimizer.lr 或 network.layers[4].p。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="126"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="127"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="135"/>
        <source>automatic (grid when every row is finite)</source>
        <translation>自动（每行都有限时用网格）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="136"/>
        <source>grid: every combination</source>
        <translation>网格：所有组合</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="137"/>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="138"/>
        <source>TPE (learns from earlier trials)</source>
        <translation>TPE（从之前的试验中学习）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="142"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="143"/>
        <source>median: stop below-median trials</source>
        <translation>中位数：停止低于中位数的试验</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="144"/>
        <source>Hyperband</source>
        <translation>Hyperband</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="148"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="150"/>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="151"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="158"/>
        <source>What varies</source>
        <translation>变化的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="170"/>
        <source>Every configuration trains once per seed; the objective is their mean.</source>
        <translation>每个配置对每个种子各训练一次；目标值为它们的平均。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="172"/>
        <source>Seeds, objective and budget</source>
        <translation>种子、目标与预算</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="174"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="175"/>
        <source>Seeds</source>
        <translation>种子数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="175"/>
        <source>Runs per configuration, with seeds 0, 1, 2, …</source>
        <translation>每个配置的运行次数，种子依次为 0、1、2、…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="178"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="180"/>
        <source>Best epoch of this metric, averaged over seeds.</source>
        <translation>该指标最佳一轮的值，对各种子取平均。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="182"/>
        <source>Search</source>
        <translation>搜索方式</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="182"/>
        <source>How Optuna picks the next configuration.</source>
        <translation>Optuna 如何选择下一个配置。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="183"/>
        <source>Pruning</source>
        <translation>剪枝</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="183"/>
        <source>Stop configurations that fall behind early.</source>
        <translation>提前停止落后的配置。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="184"/>
        <source>Trials</source>
        <translation>试验数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="184"/>
        <source>Configurations in all (automatic: the grid, or 20).</source>
        <translation>配置总数（自动：网格大小，或 20）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="185"/>
        <source>Time limit</source>
        <translation>时间限制</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="185"/>
        <source>The trial in flight finishes first.</source>
        <translation>正在进行的试验会先完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="235"/>
        <source>From a ready-made study ({paths}); remove the row to change it.</source>
        <translation>来自现成的研究（{paths}）；移除该行即可修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="295"/>
        <source>Row {n}: {err}</source>
        <translation>第 {n} 行：{err}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_builder.py" line="308"/>
        <source>Nothing varies yet: add a field, or use a ready-made study.</source>
        <translation>还没有变化的内容：添加一个字段，或使用现成的研究。</translation>
    </message>
</context>
<context>
    <name>StudyPlots</name>
    <message>
        <location filename="../../desktop/plots/study.py" line="48"/>
        <source>Optimisation history</source>
        <translation>优化历史</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/study.py" line="49"/>
        <source>trial</source>
        <translation>试验</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/study.py" line="50"/>
        <source>objective</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/study.py" line="54"/>
        <source>seeds</source>
        <translation>各种子</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/study.py" line="55"/>
        <source>mean over seeds</source>
        <translation>种子均值</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/study.py" line="56"/>
        <source>pruned</source>
        <translation>已剪枝</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/study.py" line="57"/>
        <source>best so far</source>
        <translation>当前最佳</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/study.py" line="100"/>
        <source>Parallel coordinates</source>
        <translation>平行坐标</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/study.py" line="102"/>
        <source>position on each axis</source>
        <translation>在各轴上的位置</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/study.py" line="159"/>
        <source>Parameter importance</source>
        <translation>参数重要性</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/study.py" line="160"/>
        <source>importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/study.py" line="196"/>
        <source>Seed results per configuration</source>
        <translation>各配置的种子结果</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/study.py" line="197"/>
        <source>configuration (best first)</source>
        <translation>配置（最佳在前）</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/study.py" line="202"/>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/study.py" line="203"/>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/study.py" line="251"/>
        <source>baseline ({split})</source>
        <translation>基线（{split}）</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/study.py" line="267"/>
        <source>Learning curves of the selected trials</source>
        <translation>所选试验的学习曲线</translation>
    </message>
    <message>
        <location filename="../../desktop/plots/study.py" line="268"/>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
</context>
<context>
    <name>SummaryFacts</name>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="35"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="36"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="37"/>
        <source>Input shape</source>
        <translation>输入形状</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="38"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="39"/>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="40"/>
        <source>Value range</source>
        <translation>取值范围</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="41"/>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="57"/>
        <source>channels, height, width</source>
        <translation>通道，高，宽</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="58"/>
        <location filename="../../desktop/panels/data_views.py" line="59"/>
        <source>time steps, features</source>
        <translation>时间步，特征</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="60"/>
        <source>features</source>
        <translation>特征</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="61"/>
        <source>tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="66"/>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="67"/>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="68"/>
        <source>forecasting</source>
        <translation>时序预测</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="71"/>
        <source>images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="72"/>
        <source>sequences</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="73"/>
        <source>table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="74"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="75"/>
        <source>time series</source>
        <translation>时间序列</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="82"/>
        <source>{total} = {train} train + {val} validation + {test} test</source>
        <translation>{total} = {train} 训练 + {val} 验证 + {test} 测试</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="88"/>
        <source>none (regression targets)</source>
        <translation>无（回归目标）</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <location filename="../../desktop/panels/network/gallery.py" line="97"/>
        <source>Use this template</source>
        <translation>使用此模板</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/gallery.py" line="103"/>
        <source>Loading the templates…</source>
        <translation>正在加载模板…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/gallery.py" line="108"/>
        <source>images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/gallery.py" line="109"/>
        <source>sequences</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/gallery.py" line="110"/>
        <source>tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/gallery.py" line="111"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/gallery.py" line="112"/>
        <source>forecasting</source>
        <translation>时序预测</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/gallery.py" line="139"/>
        <source>For: {what}</source>
        <translation>适用于：{what}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/gallery.py" line="141"/>
        <source>makes new images (GAN: generator and discriminator)</source>
        <translation>生成新图像（GAN：生成器和判别器）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/gallery.py" line="143"/>
        <source>recommended for this dataset</source>
        <translation>推荐用于此数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/gallery.py" line="134"/>
        <source>Does not fit the loaded dataset.</source>
        <translation>不适用于已加载的数据集。</translation>
    </message>
</context>
<context>
    <name>TopKChart</name>
    <message>
        <location filename="../../desktop/panels/predict_views.py" line="24"/>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict_views.py" line="30"/>
        <source>Choose or drop inputs to see the most probable classes.</source>
        <translation>选择或拖入输入，查看最可能的类别。</translation>
    </message>
</context>
<context>
    <name>TrainOptionsEditor</name>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="103"/>
        <source>Task and loss</source>
        <translation>任务与损失</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="104"/>
        <source>What the network learns and how its error is measured.</source>
        <translation>网络学习什么，以及如何衡量误差。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="114"/>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="115"/>
        <source>Regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="116"/>
        <source>Forecasting</source>
        <translation>时间序列预测</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="108"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="122"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="123"/>
        <source>The error the optimiser minimises.</source>
        <translation>优化器要最小化的误差。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="128"/>
        <source>Label smoothing</source>
        <translation>标签平滑</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="129"/>
        <source>Softens one-hot targets (e.g. 0.1) to reduce over-confidence.</source>
        <translation>软化独热目标（例如 0.1），减少过度自信。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="134"/>
        <source>Focal gamma</source>
        <translation>Focal gamma</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="135"/>
        <source>How strongly focal loss down-weights easy examples.</source>
        <translation>Focal 损失对简单样本降权的强度。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="140"/>
        <source>Huber delta</source>
        <translation>Huber delta</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="141"/>
        <source>Errors below delta count quadratically, above it linearly.</source>
        <translation>小于 delta 的误差按平方计，大于则按线性计。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="148"/>
        <location filename="../../desktop/panels/train_options.py" line="153"/>
        <source>Optimiser</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="149"/>
        <source>How the weights are updated from the gradients.</source>
        <translation>如何根据梯度更新权重。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="158"/>
        <source>SGD (momentum)</source>
        <translation>SGD（动量）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="154"/>
        <source>Adam is a safe default; SGD with momentum often generalises well with a schedule.</source>
        <translation>Adam 是稳妥的默认选择；带动量的 SGD 配合学习率调度往往泛化更好。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="165"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="166"/>
        <source>Step size of each update: the most important setting. Try the finder below.</source>
        <translation>每次更新的步长：最重要的设置。可以试试下面的查找器。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="171"/>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="172"/>
        <source>L2 penalty on the weights (decoupled for AdamW); reduces over-fitting.</source>
        <translation>对权重的 L2 惩罚（AdamW 为解耦形式）；减少过拟合。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="177"/>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="178"/>
        <source>Keeps a running direction (SGD, RMSprop).</source>
        <translation>保持一个累积方向（SGD、RMSprop）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="186"/>
        <source>Nesterov momentum</source>
        <translation>Nesterov 动量</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="184"/>
        <source>Look-ahead momentum for SGD.</source>
        <translation>SGD 的前瞻动量。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="110"/>
        <source>Follows the dataset: classes, or numbers to predict. Generation (GAN) makes new images like the dataset&apos;s (images only): it sets a generator and a discriminator network.</source>
        <translation>由数据集决定：类别，或要预测的数值。生成（GAN）会生成与数据集相似的新图像（仅限图像）：它会设置生成器和判别器两个网络。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="117"/>
        <source>Generation (GAN)</source>
        <translation>生成（GAN）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="190"/>
        <source>Beta 1</source>
        <translation>Beta 1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="191"/>
        <source>Adam&apos;s gradient averaging factor.</source>
        <translation>Adam 的梯度平均系数。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="197"/>
        <source>Beta 2</source>
        <translation>Beta 2</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="198"/>
        <source>Adam&apos;s squared-gradient averaging factor.</source>
        <translation>Adam 的梯度平方平均系数。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="204"/>
        <source>L1 penalty</source>
        <translation>L1 惩罚</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="205"/>
        <source>Adds the sum of absolute weights to the loss; pushes weights to exactly zero.</source>
        <translation>把权重绝对值之和加到损失上；促使权重变为零。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="208"/>
        <source>its losses are the generator&apos;s and the discriminator&apos;s.</source>
        <translation>它的损失是生成器和判别器的损失。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="213"/>
        <source>Learning-rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="214"/>
        <source>How the learning rate changes over the planned epochs (preview below).</source>
        <translation>学习率在计划轮数内如何变化（下方预览）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="222"/>
        <source>both learning rates stay constant.</source>
        <translation>两个学习率都保持恒定。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="224"/>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="225"/>
        <source>Step decay</source>
        <translation>阶梯衰减</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="226"/>
        <source>Exponential decay</source>
        <translation>指数衰减</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="227"/>
        <source>Cosine annealing</source>
        <translation>余弦退火</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="228"/>
        <source>Warm-up, then cosine</source>
        <translation>先预热，再余弦</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="229"/>
        <source>One-cycle</source>
        <translation>One-cycle</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="230"/>
        <source>Reduce on plateau</source>
        <translation>平台期降低</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="218"/>
        <source>Schedule</source>
        <translation>调度方式</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="219"/>
        <source>Decaying the rate late in training usually improves the final accuracy.</source>
        <translation>在训练后期降低学习率通常能提高最终精度。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="235"/>
        <source>Step every (epochs)</source>
        <translation>每隔多少轮衰减</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="236"/>
        <source>Epochs between two decays.</source>
        <translation>两次衰减之间的轮数。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="241"/>
        <source>Decay factor</source>
        <translation>衰减系数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="242"/>
        <source>The rate is multiplied by this at each decay.</source>
        <translation>每次衰减时学习率乘以该值。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="247"/>
        <source>Warm-up epochs</source>
        <translation>预热轮数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="248"/>
        <source>Epochs of linear warm-up from a small rate.</source>
        <translation>从较小学习率线性预热的轮数。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="253"/>
        <source>Minimum rate</source>
        <translation>最小学习率</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="254"/>
        <source>The rate never goes below this.</source>
        <translation>学习率不会低于该值。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="265"/>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="260"/>
        <source>Peak rate</source>
        <translation>峰值学习率</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="261"/>
        <source>One-cycle&apos;s highest rate (unset: 10x the learning rate).</source>
        <translation>One-cycle 的最高学习率（未设置：学习率的 10 倍）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="269"/>
        <source>Plateau patience</source>
        <translation>平台耐心</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="270"/>
        <source>Epochs without improvement before the rate is reduced.</source>
        <translation>降低学习率前允许无改善的轮数。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="275"/>
        <source>Plateau factor</source>
        <translation>平台衰减系数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="276"/>
        <source>The rate is multiplied by this on a plateau.</source>
        <translation>进入平台期时学习率乘以该值。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="282"/>
        <source>Stopping and checkpoints</source>
        <translation>停止与检查点</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="283"/>
        <source>When to stop early and which epoch&apos;s weights are kept as best.ckpt.</source>
        <translation>何时提前停止，以及哪一轮的权重保存为 best.ckpt。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="291"/>
        <source>Clip at</source>
        <translation>裁剪阈值</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="287"/>
        <source>Gradient clipping</source>
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="288"/>
        <source>Caps the gradient norm; stabilises recurrent networks and high rates.</source>
        <translation>限制梯度范数；让循环网络和高学习率更稳定。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="300"/>
        <source>Stop early when the monitored value stops improving</source>
        <translation>监控指标不再改善时提前停止</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="298"/>
        <source>Early stopping</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="299"/>
        <source>Ends the run before the planned epochs once it stops improving.</source>
        <translation>指标不再改善时，在计划轮数之前结束运行。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="309"/>
        <source>Monitor</source>
        <translation>监控指标</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="310"/>
        <source>The value watched for improvement.</source>
        <translation>用于判断是否改善的指标。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="98"/>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="98"/>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="294"/>
        <source>use spectral normalisation to steady the discriminator.</source>
        <translation>请用谱归一化来稳定判别器。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="304"/>
        <source>its distance rises and falls; best.ckpt keeps the epoch with the lowest one.</source>
        <translation>它的距离会起伏；best.ckpt 保存距离最低的那一轮。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="316"/>
        <location filename="../../desktop/panels/train_options.py" line="343"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="324"/>
        <source>Patience (epochs)</source>
        <translation>耐心（轮）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="325"/>
        <source>Epochs without improvement before stopping.</source>
        <translation>停止前允许无改善的轮数。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="330"/>
        <source>Minimum change</source>
        <translation>最小变化</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="331"/>
        <source>Smaller changes do not count as improvement.</source>
        <translation>更小的变化不算改善。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="337"/>
        <source>Best checkpoint by</source>
        <translation>最佳检查点依据</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="338"/>
        <source>best.ckpt keeps the epoch with the best value of this; last.ckpt is always kept.</source>
        <translation>best.ckpt 保存该指标最佳的那一轮；last.ckpt 始终保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="352"/>
        <source>Reproducibility and loading</source>
        <translation>可复现性与数据加载</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="353"/>
        <source>Same seed and settings give the same run.</source>
        <translation>相同的种子和设置得到相同的运行。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="355"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="355"/>
        <source>Seeds weights, shuffling and augmentation.</source>
        <translation>用于权重初始化、打乱顺序和数据增强。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="360"/>
        <source>Deterministic algorithms (slower on GPU)</source>
        <translation>确定性算法（GPU 上较慢）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="359"/>
        <source>Bit-for-bit repeatable runs, at some speed cost.</source>
        <translation>逐位可复现的运行，会牺牲一些速度。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="317"/>
        <source>Whether the monitored value should fall or rise: follows the monitor.</source>
        <translation>监控值应下降还是上升：由监控指标决定。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="344"/>
        <source>Whether lower or higher is better: follows the metric.</source>
        <translation>越低越好还是越高越好：由指标决定。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="366"/>
        <source>Fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="364"/>
        <source>Loader workers</source>
        <translation>数据加载进程</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="365"/>
        <source>Processes that load batches (unset: automatic; 0 for in-memory data).</source>
        <translation>加载批次的进程数（未设置：自动；内存数据为 0）。</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <location filename="../../desktop/workers/training.py" line="179"/>
        <source>Training paused.</source>
        <extracomment>Python&apos;s GIL switch interval while a run is active (None: the interpreter&apos;s 5 ms). 1 ms was measured (benchmarks/gui_responsiveness.py --switch-interval) and made no difference beyond run-to-run noise to the GUI&apos;s event-loop gaps (p99 54 vs 56 ms, load 2-5), so it is off; the benchmark keeps the option.</extracomment>
        <translation>训练已暂停。</translation>
    </message>
    <message>
        <location filename="../../desktop/workers/training.py" line="179"/>
        <source>Training resumed.</source>
        <translation>训练已继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/workers/training.py" line="187"/>
        <source>Stopping after the current batch…</source>
        <translation>将在当前批次后停止…</translation>
    </message>
    <message>
        <location filename="../../desktop/workers/training.py" line="239"/>
        <source>Run started in {dir} on {device} ({precision}).</source>
        <translation>运行已开始：{dir}，设备 {device}（{precision}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/workers/training.py" line="245"/>
        <source>Epoch {n}: {metrics}</source>
        <translation>第 {n} 轮：{metrics}</translation>
    </message>
    <message>
        <location filename="../../desktop/workers/training.py" line="248"/>
        <location filename="../../desktop/workers/training.py" line="273"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/workers/training.py" line="248"/>
        <location filename="../../desktop/workers/training.py" line="274"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../desktop/workers/training.py" line="249"/>
        <source>Run {status} after {n} epochs.</source>
        <translation>运行在 {n} 轮后{status}。</translation>
    </message>
    <message>
        <location filename="../../desktop/workers/training.py" line="255"/>
        <source>Trial {n}: {params}</source>
        <translation>试验 {n}：{params}</translation>
    </message>
    <message>
        <location filename="../../desktop/workers/training.py" line="260"/>
        <source>Trial {n} {state}: {shown}</source>
        <translation>试验 {n} {state}：{shown}</translation>
    </message>
    <message>
        <location filename="../../desktop/workers/training.py" line="265"/>
        <source>Study {status}: {message}</source>
        <translation>研究{status}：{message}</translation>
    </message>
    <message>
        <location filename="../../desktop/workers/training.py" line="275"/>
        <source>timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../desktop/workers/training.py" line="276"/>
        <source>budget reached</source>
        <translation>已达预算</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../desktop/panels/training.py" line="71"/>
        <source>Planned learning rate</source>
        <translation>计划学习率</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="108"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="116"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="124"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="118"/>
        <source>Full passes over the training split. auto: enough for a few thousand optimiser steps, with early stopping and a learning-rate reduction on plateau.</source>
        <translation>完整遍历训练集的次数。auto：足够几千次优化步，并启用提前停止和平台期降低学习率。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="126"/>
        <source>Samples per optimiser step; larger is faster per epoch but needs more memory. auto: about a tenth of the train split, 4 to 64.</source>
        <translation>每次优化步的样本数；越大每轮越快，但需要更多内存。auto：约为训练集的十分之一，介于 4 到 64。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="132"/>
        <source>CPU threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="134"/>
        <source>Threads torch computes with on the CPU. auto: the physical cores, less one for this window and one per loader worker (more threads than free cores make training slower).</source>
        <translation>torch 在 CPU 上计算所用的线程数。auto：物理核心数，减去本窗口占用的一个以及每个数据加载进程各一个（线程多于空闲核心会让训练变慢）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="143"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="143"/>
        <source>Where training runs, and at which precision.</source>
        <translation>在哪里训练，以及使用何种精度。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="149"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="281"/>
        <source>Start a new run with these settings (F5).</source>
        <translation>用这些设置开始新的运行（F5）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="153"/>
        <location filename="../../desktop/panels/training.py" line="295"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="155"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="156"/>
        <source>Stop after the current batch and keep a checkpoint (Shift+F5).</source>
        <translation>在当前批次后停止并保留检查点（Shift+F5）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="161"/>
        <source>How many more epochs to train.</source>
        <translation>再训练多少轮。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="162"/>
        <source>more epochs</source>
        <translation>轮</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="164"/>
        <source>Continue the last run from its last checkpoint (optimiser, schedule and epoch count included).</source>
        <translation>从上次运行的最后检查点继续（包括优化器、调度和轮数）。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="188"/>
        <source>Continue the last run for</source>
        <translation>继续上次运行</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="245"/>
        <source>A run is in progress.</source>
        <translation>正在运行训练。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="247"/>
        <source>The learning-rate finder is running.</source>
        <translation>学习率查找器正在运行。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="295"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="307"/>
        <source>Continue {run} from its last checkpoint.</source>
        <translation>从 {run} 的最后检查点继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="313"/>
        <source>{template} (GAN)</source>
        <translation>{template}（GAN）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="315"/>
        <source>Ready: {data} · {net}.</source>
        <translation>就绪：{data} · {net}。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="311"/>
        <source>custom network</source>
        <translation>自定义网络</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="318"/>
        <source>Paused.</source>
        <translation>已暂停。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="318"/>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="403"/>
        <source>auto: chosen from the training split once the data is loaded.</source>
        <translation>auto：数据加载后根据训练集选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="490"/>
        <source>The schedule cannot be previewed: {msg}</source>
        <translation>无法预览调度：{msg}</translation>
    </message>
</context>
<context>
    <name>TrialStates</name>
    <message>
        <location filename="../../desktop/status_texts.py" line="16"/>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/status_texts.py" line="17"/>
        <source>pruned</source>
        <translation>已剪枝</translation>
    </message>
    <message>
        <location filename="../../desktop/status_texts.py" line="18"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/status_texts.py" line="19"/>
        <source>stopped (runs again)</source>
        <translation>已停止（会再次运行）</translation>
    </message>
    <message>
        <location filename="../../desktop/status_texts.py" line="20"/>
        <source>lost (runs again)</source>
        <translation>已丢失（会再次运行）</translation>
    </message>
    <message>
        <location filename="../../desktop/status_texts.py" line="21"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../desktop/status_texts.py" line="22"/>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
</context>
<context>
    <name>TrialsTable</name>
    <message>
        <location filename="../../desktop/panels/study_trials.py" line="91"/>
        <source>Trial</source>
        <translation>试验</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_trials.py" line="91"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_trials.py" line="91"/>
        <source>Per seed</source>
        <translation>各种子</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_trials.py" line="91"/>
        <source>Mean ± 95% CI</source>
        <translation>均值 ± 95% 置信区间</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_trials.py" line="93"/>
        <source>{split} {metric} (mean)</source>
        <translation>{split} {metric}（均值）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_trials.py" line="94"/>
        <source>vs best</source>
        <translation>与最佳相比</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_trials.py" line="94"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_trials.py" line="94"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_trials.py" line="113"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_trials.py" line="115"/>
        <source>running (seed {seed})</source>
        <translation>运行中（种子 {seed}）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_trials.py" line="120"/>
        <source>scikit-learn baseline ({model}) on the same {split} split</source>
        <translation>scikit-learn 基线（{model}），在相同的{split}划分上</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_trials.py" line="123"/>
        <location filename="../../desktop/panels/study_trials.py" line="126"/>
        <source>reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_trials.py" line="127"/>
        <source>no scikit-learn baseline: {why}</source>
        <translation>没有 scikit-learn 基线：{why}</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_trials.py" line="154"/>
        <source>best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_trials.py" line="155"/>
        <source>best is better</source>
        <translation>最佳更好</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_trials.py" line="156"/>
        <source>within seed noise</source>
        <translation>在种子噪声范围内</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/study_trials.py" line="157"/>
        <source>cannot tell (needs 2 or more seeds in both)</source>
        <translation>无法判断（双方都需要 2 个或更多种子）</translation>
    </message>
</context>
<context>
    <name>WeightsEditor</name>
    <message>
        <location filename="../../desktop/panels/network/weights_editor.py" line="23"/>
        <source>Weights (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>权重文件 (*.pth *.pt *.safetensors);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/weights_editor.py" line="33"/>
        <source>Import pretrained weights</source>
        <translation>导入预训练权重</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/weights_editor.py" line="45"/>
        <source>Cannot import the weights</source>
        <translation>无法导入权重</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/weights_editor.py" line="64"/>
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/weights_editor.py" line="66"/>
        <source>Use a .pth or .safetensors file where it is (not copied into the library)</source>
        <translation>就地使用 .pth 或 .safetensors 文件（不复制到权重库）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/weights_editor.py" line="70"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/weights_editor.py" line="72"/>
        <source>Check a weights file and copy it into the weights library</source>
        <translation>检查权重文件并将其复制到权重库</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/weights_editor.py" line="95"/>
        <source>none (random initialisation)</source>
        <translation>无（随机初始化）</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/weights_editor.py" line="117"/>
        <source>Choose a weights file</source>
        <translation>选择权重文件</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/workspace.py" line="125"/>
        <location filename="../../desktop/workspace.py" line="492"/>
        <source>the dataset is not loaded yet</source>
        <translation>数据集尚未加载</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="300"/>
        <source>The training engine failed to load. {why}</source>
        <translation>训练引擎加载失败。{why}</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="306"/>
        <source>Loading the training engine: finishing…</source>
        <translation>正在加载训练引擎：即将完成…</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="307"/>
        <source>Loading the training engine: starting up…</source>
        <translation>正在加载训练引擎：启动中…</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="308"/>
        <source>Loading the training engine: {stage} ({n} of {total})…</source>
        <translation>正在加载训练引擎：{stage}（{n}/{total}）…</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="336"/>
        <location filename="../../desktop/workspace.py" line="360"/>
        <source>Loading {what}…</source>
        <translation>正在加载 {what}…</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="384"/>
        <source>Loaded {what}: {n} samples.</source>
        <translation>已加载 {what}：{n} 个样本。</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="405"/>
        <source>Load a dataset first: templates are shaped to it.</source>
        <translation>请先加载数据集：模板会按数据调整形状。</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="460"/>
        <source>train.task: {task} does not fit this dataset; it is for {own} (or generation, for images)</source>
        <translation>train.task：{task} 不适用于此数据集；它适用于 {own}（图像也可用于生成）</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="485"/>
        <source>the engine is still starting</source>
        <translation>引擎仍在启动</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="488"/>
        <source>no dataset: {msg}</source>
        <translation>没有数据集：{msg}</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="490"/>
        <source>the dataset could not be loaded: {msg}</source>
        <translation>无法加载数据集：{msg}</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="303"/>
        <source>Loading the training engine…</source>
        <translation>正在加载训练引擎…</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="511"/>
        <source>Data: {msg}</source>
        <translation>数据：{msg}</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="513"/>
        <source>Loading the dataset…</source>
        <translation>正在加载数据集…</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="515"/>
        <source>The dataset could not be loaded: {msg}</source>
        <translation>无法加载数据集：{msg}</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="517"/>
        <source>Load a dataset first (Data).</source>
        <translation>请先加载数据集（数据页）。</translation>
    </message>
    <message>
        <location filename="../../desktop/workspace.py" line="519"/>
        <source>The network does not fit the data: {why}</source>
        <translation>网络与数据不匹配：{why}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/app.py" line="141"/>
        <source>Training engine ready {s:.1f} s after start.</source>
        <translation>训练引擎在启动后 {s:.1f} 秒就绪。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="152"/>
        <source>Window shown {s:.2f} s after start.</source>
        <translation>窗口在启动后 {s:.2f} 秒显示。</translation>
    </message>
</context>
</TS>
