<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AugmentOptions</name>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="119"/>
        <source>Augmentation (train split, images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="124"/>
        <source>Random resized crop, keep at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="128"/>
        <source>Flip left-right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="129"/>
        <source>Flip up-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="141"/>
        <source>Rotate up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="144"/>
        <source>Colour jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="145"/>
        <source>Gaussian noise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AugmentPreview</name>
    <message>
        <location filename="../../desktop/panels/data_samples.py" line="159"/>
        <source>Other samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_samples.py" line="164"/>
        <source>The preview appears here for image datasets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_samples.py" line="178"/>
        <source>Random augmented training images, as the network sees them in training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_samples.py" line="179"/>
        <source>Augmentation is off. With the settings on the left, training images would look like this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassCountsChart</name>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="84"/>
        <source>samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="86"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="86"/>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="86"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="95"/>
        <source>Class counts appear here for classification datasets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../desktop/panels/runs.py" line="53"/>
        <source>Compare runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="53"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="53"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="55"/>
        <source>Select two or more runs in the table to overlay their curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="58"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="93"/>
        <source>Compare runs: {metric}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfusionPlot</name>
    <message>
        <location filename="../../desktop/plots/confusion.py" line="30"/>
        <source>Confusion matrix</source>
        <extracomment>Above this many classes the cell texts are unreadable: the colours carry the information alone.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/plots/confusion.py" line="34"/>
        <source>Normalised (rows sum to 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/plots/confusion.py" line="36"/>
        <source>Each row as fractions of its true class (the diagonal is recall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/plots/confusion.py" line="48"/>
        <source>predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/plots/confusion.py" line="49"/>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../desktop/panels/data.py" line="69"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="70"/>
        <source>Read the dataset again from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="89"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="98"/>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="99"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="100"/>
        <source>Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="101"/>
        <source>Augmentation preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="102"/>
        <location filename="../../desktop/panels/data.py" line="280"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="142"/>
        <source>Starting the engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="216"/>
        <source>Loading {what}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="237"/>
        <source>Loaded {what}: {n} samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="262"/>
        <source>Cannot load the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="263"/>
        <source>The dataset {what} could not be loaded.

{msg}

Change the choice on the left and it is loaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="280"/>
        <source>Skipped ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="323"/>
        <source>Samples could not be shown: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data.py" line="349"/>
        <source>The preview failed: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSourceForm</name>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="46"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="50"/>
        <source>Built-in dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="51"/>
        <source>Image folder (one sub-folder per class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="52"/>
        <source>Image list (CSV: file, label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="53"/>
        <source>Table (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="54"/>
        <source>Sequences (.ts, UCR, .npz, long CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="55"/>
        <source>Time series to forecast (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="56"/>
        <source>Text (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="59"/>
        <source>Digits: 8×8 handwritten digits, 10 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="60"/>
        <source>Breast cancer: 30 features, 2 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="61"/>
        <source>Diabetes: 10 features, regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="62"/>
        <source>Waveforms: 64-step signals, 4 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="63"/>
        <source>Sine forecast: seasonal series, forecasting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="71"/>
        <source>Choose or drop a file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="72"/>
        <source>Optional: a separate test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="74"/>
        <source>automatic (target, label, class, y or the last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="76"/>
        <source>automatic (from the target values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="77"/>
        <source>classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="78"/>
        <source>regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="87"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="88"/>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="89"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="90"/>
        <source>Test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="91"/>
        <source>Target column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="92"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="162"/>
        <source>Resize to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="170"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="170"/>
        <source>grayscale (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="171"/>
        <source>colour (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="172"/>
        <source>Image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="173"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="178"/>
        <source>automatic (by extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="179"/>
        <source>UCR (label first, tab/comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="181"/>
        <source>long CSV (id, time, values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="182"/>
        <source>pad / truncate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="182"/>
        <source>resample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="183"/>
        <source>Fixed length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="189"/>
        <source>z-normalise each series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="190"/>
        <source>fill missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="193"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="194"/>
        <source>Unequal lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="195"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="198"/>
        <source>Series id column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="199"/>
        <location filename="../../desktop/panels/data_form.py" line="213"/>
        <source>Time column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="206"/>
        <source>all numeric columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="207"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="208"/>
        <source>standardise each column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="209"/>
        <source>With the mean and standard deviation of the training block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="210"/>
        <source>Window (past steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="211"/>
        <source>Horizon (steps ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="212"/>
        <source>Value columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="220"/>
        <source>words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="220"/>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="224"/>
        <source>lower-case the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="225"/>
        <source>Text column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="226"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="227"/>
        <source>Max length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="228"/>
        <source>Min token count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="229"/>
        <source>Max vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="350"/>
        <source>Choose or drop a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="351"/>
        <source>Choose or drop a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="373"/>
        <source>Choose a folder (or drop one here) to load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="374"/>
        <source>Choose a file (or drop one here) to load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="381"/>
        <source>Choose an image folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="384"/>
        <location filename="../../desktop/panels/data_form.py" line="385"/>
        <location filename="../../desktop/panels/data_form.py" line="388"/>
        <source>CSV files (*.csv *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="386"/>
        <source>Sequence files (*.ts *.tsv *.csv *.npz *.txt *.arff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="387"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="389"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_form.py" line="390"/>
        <source>Choose a data file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceSelector</name>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="18"/>
        <source>32-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="19"/>
        <source>16-bit mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="20"/>
        <source>bfloat16 mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="41"/>
        <source>Where training runs: a CUDA GPU, Apple&apos;s GPU (MPS) or the CPU. Automatic picks the fastest available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="48"/>
        <source>Numeric precision. Mixed precision (16-bit or bfloat16) is faster and uses less memory on GPUs that support it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="56"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="59"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="62"/>
        <source>Loading engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="80"/>
        <source>Automatic ({best})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="83"/>
        <source>Supports: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/device_selector.py" line="107"/>
        <source>{acc} {i} (not on this machine)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentFiles</name>
    <message>
        <location filename="../../desktop/experiment_files.py" line="19"/>
        <source>Danlu experiment (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/experiment_files.py" line="56"/>
        <source>Open experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/experiment_files.py" line="65"/>
        <source>Cannot open the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/experiment_files.py" line="80"/>
        <source>Save experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/experiment_files.py" line="92"/>
        <source>Cannot save the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/experiment_files.py" line="127"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/experiment_files.py" line="128"/>
        <source>The experiment has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormWidgets</name>
    <message>
        <location filename="../../desktop/panels/form_widgets.py" line="144"/>
        <source>{help}
Default: {default}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/form_widgets.py" line="176"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/form_widgets.py" line="179"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/form_widgets.py" line="181"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerInspector</name>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="44"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="44"/>
        <source>Initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="45"/>
        <source>Output features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="46"/>
        <source>Bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="46"/>
        <source>Output channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="47"/>
        <source>Kernel size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="47"/>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="47"/>
        <source>Padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="48"/>
        <source>Dilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="48"/>
        <source>Output size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="49"/>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="49"/>
        <source>Epsilon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="49"/>
        <source>Drop probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="50"/>
        <source>Negative slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="50"/>
        <source>Alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="51"/>
        <source>Vocabulary size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="51"/>
        <source>Embedding size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="52"/>
        <source>Hidden size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="52"/>
        <source>Stacked layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="53"/>
        <source>Bidirectional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="53"/>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="54"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="55"/>
        <source>Attention heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="55"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="56"/>
        <source>Max length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="57"/>
        <source>Feed-forward size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="57"/>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="58"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="58"/>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="58"/>
        <source>Axis order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="59"/>
        <source>Zero biases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="62"/>
        <source>Optional label shown in the editor and in error messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="63"/>
        <source>Weight initialisation of this layer; empty uses the network&apos;s setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="64"/>
        <source>Step between windows; automatic = the kernel size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="65"/>
        <source>Zeros added on each side; &apos;same&apos; keeps the size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="66"/>
        <source>Number of distinct token ids; automatic = the dataset&apos;s vocabulary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="67"/>
        <source>&apos;last&apos; gives the final step [hidden]; &apos;sequence&apos; gives every step [T, hidden].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="69"/>
        <source>New order of the per-sample axes, e.g. 1, 0 swaps [T, F] into [F, T].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="70"/>
        <source>New per-sample shape; one entry may be -1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="71"/>
        <source>Set every bias to zero after initialisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="73"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="73"/>
        <source>(network default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="74"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="74"/>
        <location filename="../../desktop/panels/network/inspector.py" line="127"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="109"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="113"/>
        <source>Select a layer to edit it, or add layers from the palette by double-click or drag and drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="127"/>
        <source>Template: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="144"/>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="149"/>
        <source>When to use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/inspector.py" line="173"/>
        <source>{n} inner layers. Drop layers onto the block to add them inside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerPalette</name>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="43"/>
        <source>Filter layers…</source>
        <extracomment>The MIME type a palette drag carries (the layer ``type`` as UTF-8).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="56"/>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="56"/>
        <source>Convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="56"/>
        <source>Pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="57"/>
        <source>Recurrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="57"/>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="58"/>
        <source>Normalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="58"/>
        <source>Regularisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="59"/>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="59"/>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="59"/>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/palette.py" line="61"/>
        <source>Loading the layer catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerTree</name>
    <message>
        <location filename="../../desktop/panels/network/layer_tree.py" line="78"/>
        <source>Layer</source>
        <extracomment>The parameters worth showing next to a layer&apos;s name, in order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/layer_tree.py" line="78"/>
        <source>Output shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/layer_tree.py" line="78"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/layer_tree.py" line="79"/>
        <source>MACs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../../desktop/panels/log.py" line="23"/>
        <source>Messages from loading, training and errors appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/log.py" line="24"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/log.py" line="39"/>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/log.py" line="39"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/log.py" line="39"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../../desktop/plots/loss.py" line="23"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/plots/loss.py" line="24"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/plots/loss.py" line="25"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/plots/loss.py" line="29"/>
        <source>train (step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/plots/loss.py" line="30"/>
        <source>train (smoothed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/plots/loss.py" line="32"/>
        <source>train (epoch mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/plots/loss.py" line="34"/>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LrFinderBox</name>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="62"/>
        <source>Learning-rate finder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="69"/>
        <location filename="../../desktop/panels/lr_finder_view.py" line="149"/>
        <source>Find learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="72"/>
        <source>Trains briefly while raising the rate from 1e-6 to 1, and suggests the rate where the loss falls fastest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="77"/>
        <source>Use suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="80"/>
        <source>Not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="92"/>
        <source>A range test on a copy of the network: the experiment is not changed until you apply the suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="120"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="122"/>
        <source>Searching… ({n} batches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="138"/>
        <source>Learning rate set to {lr:.3g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="143"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="160"/>
        <source>Use {lr:.3g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="162"/>
        <source>Suggested learning rate: {lr:.3g} (steepest loss descent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="168"/>
        <source>No suggestion: the search was too short. Run it again without stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="176"/>
        <source>The search failed: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="177"/>
        <source>Learning-rate finder failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LrFinderPlot</name>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="26"/>
        <source>Loss against learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="27"/>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/lr_finder_view.py" line="28"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="109"/>
        <source>This panel is not available in this build ({err}).</source>
        <extracomment>Each page&apos;s panel, imported by name: the window shows before pyqtgraph and the panels load, and it still opens if one panel is missing from a build.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="135"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="135"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="135"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="136"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="136"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="136"/>
        <source>Predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="149"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="33"/>
        <source>&amp;New experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="37"/>
        <source>Start over with the built-in digits and a CNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="41"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="45"/>
        <source>Open an experiment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="49"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="53"/>
        <source>Save the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="55"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="59"/>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="63"/>
        <source>Train a new run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="187"/>
        <location filename="../../desktop/window_actions.py" line="67"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="71"/>
        <source>Pause or resume training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="75"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="79"/>
        <source>Stop after this batch, keeping a checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="82"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="84"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="87"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="99"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="103"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="105"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="111"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="112"/>
        <source>&amp;About Danlu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="163"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="171"/>
        <source>Loading engine (PyTorch, Lightning)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="177"/>
        <source>The engine failed to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="187"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="190"/>
        <source>Training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="209"/>
        <source>Engine ready ({s:.1f} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="210"/>
        <source>Training engine loaded in {s:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="224"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="233"/>
        <source>About Danlu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="234"/>
        <source>&lt;b&gt;Danlu 丹炉&lt;/b&gt;&lt;br&gt;Point-and-click deep learning on your own machine.&lt;br&gt;Experiments are YAML files; every run is a folder you can open with any tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="250"/>
        <source>Training in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="251"/>
        <source>A run is still training. Stop it and quit? It keeps a checkpoint, so you can resume it later from the Runs page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricPlot</name>
    <message>
        <location filename="../../desktop/plots/metric.py" line="34"/>
        <location filename="../../desktop/plots/metric.py" line="76"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/plots/metric.py" line="75"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/plots/metric.py" line="77"/>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/plots/metric.py" line="83"/>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/plots/metric.py" line="102"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MisclassifiedGallery</name>
    <message>
        <location filename="../../desktop/panels/predict_views.py" line="121"/>
        <source>Choose a split and press Show to list the samples the network gets wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict_views.py" line="129"/>
        <source>No misclassified samples in this split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict_views.py" line="142"/>
        <source>sample {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict_views.py" line="147"/>
        <source>true: {true}
predicted: {pred} ({p:.0%})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict_views.py" line="153"/>
        <source>sample {index} of the split</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="80"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="81"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="30"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="32"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="89"/>
        <source>Undo {what} (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="90"/>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="93"/>
        <source>Redo {what} (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="95"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="43"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="45"/>
        <source>Delete the selected layers (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="47"/>
        <location filename="../../desktop/panels/network/panel.py" line="255"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="49"/>
        <source>Insert a copy after each selected layer (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="51"/>
        <location filename="../../desktop/panels/network/panel.py" line="266"/>
        <source>Wrap in residual block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="53"/>
        <source>Put the selected neighbouring layers in a residual block whose output is added to its input (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="56"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="57"/>
        <source>Move the layer up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="59"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="60"/>
        <source>Move the layer down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="62"/>
        <source>Open network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="63"/>
        <source>Load a network from a YAML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="65"/>
        <source>Save network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/actions.py" line="66"/>
        <source>Save the network as a YAML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="164"/>
        <source>Adapt the template to the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="198"/>
        <source>Invalid network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="207"/>
        <source>No dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="208"/>
        <source>Load a dataset first: templates are shaped to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="213"/>
        <source>Template does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="216"/>
        <source>Use template {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="229"/>
        <source>Insert {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="244"/>
        <source>Delete {n} layer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="263"/>
        <source>Cannot wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="264"/>
        <source>Select neighbouring layers of the same block: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="284"/>
        <source>Cannot move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="286"/>
        <source>Move layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="291"/>
        <source>Change {field} of layer {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="299"/>
        <source>Change {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="311"/>
        <source>Cannot open the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="313"/>
        <source>Open {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="317"/>
        <source>Open network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="318"/>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="323"/>
        <source>Save network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="324"/>
        <source>YAML files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="329"/>
        <source>Cannot save the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="353"/>
        <source>the engine is still starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="356"/>
        <source>the dataset could not be loaded: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="357"/>
        <source>the dataset is not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="369"/>
        <source>Input {inp} → output {out}   ·   {params} parameters   ·   {macs} MACs per sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/panel.py" line="375"/>
        <source>The network fits the data: ready to train.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathRow</name>
    <message>
        <location filename="../../desktop/panels/data_paths.py" line="41"/>
        <source>Browse…</source>
        <extracomment>Sources whose path is a folder (the others are files).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictPanel</name>
    <message>
        <location filename="../../desktop/panels/predict.py" line="123"/>
        <source>No run selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="126"/>
        <source>best checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="127"/>
        <source>last checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="129"/>
        <source>Train a network, or open a run in the Runs panel, to predict with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="134"/>
        <source>Choose files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="135"/>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="136"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="140"/>
        <source>top </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="151"/>
        <source>Drop files or a folder here,
or use Choose files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="183"/>
        <source>validation split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="184"/>
        <source>test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="185"/>
        <source>Show misclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="191"/>
        <source>Split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="201"/>
        <source>Predict files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="202"/>
        <source>Misclassified samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="232"/>
        <source>Loading the trained network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="241"/>
        <source>This run cannot predict: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="250"/>
        <source>{n} classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="251"/>
        <source>regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="251"/>
        <source>forecasting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="254"/>
        <source>Ready. Choose or drop inputs to predict them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="255"/>
        <source>This network takes {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="281"/>
        <source>Choose inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="281"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="286"/>
        <source>Choose a folder of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="294"/>
        <source>Predicting {n} input(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="298"/>
        <source>Prediction failed: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="329"/>
        <source>{ok} prediction(s), {bad} input(s) could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="330"/>
        <source>{ok} prediction(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="348"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: most likely &lt;b&gt;{label}&lt;/b&gt; ({p:.1%})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="352"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: predicted {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="364"/>
        <source>Evaluating the network on the split…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="373"/>
        <source>{wrong} of {total} samples misclassified ({acc:.1%} correct).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="376"/>
        <source>The {n} most confident mistakes are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict.py" line="383"/>
        <source>The split could not be evaluated: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../desktop/panels/results.py" line="95"/>
        <source>No run yet: press Train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="100"/>
        <source>samples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="101"/>
        <source>time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="102"/>
        <source>last loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="103"/>
        <source>best validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="104"/>
        <source>GPU memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="97"/>
        <source>epoch {value} of {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="98"/>
        <source>batch {value} of {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="137"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="176"/>
        <source>acc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="178"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="188"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="188"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="189"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="190"/>
        <source>Stopped (checkpoint kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="191"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="196"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="196"/>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="197"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results.py" line="200"/>
        <source>{split} {metric} {value:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="24"/>
        <source>Validation metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="25"/>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="27"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="28"/>
        <source>F1 (macro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="29"/>
        <source>AUROC (macro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="35"/>
        <source>Validation errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="36"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="37"/>
        <source>MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="37"/>
        <source>MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="39"/>
        <source>Coefficient of determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="157"/>
        <source>test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="157"/>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="158"/>
        <source>ROC ({split})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="159"/>
        <source>Confusion matrix ({split})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/results_view.py" line="160"/>
        <source>Predicted vs actual ({split})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RocPlot</name>
    <message>
        <location filename="../../desktop/plots/roc.py" line="27"/>
        <source>ROC</source>
        <extracomment>Above this many classes the legend would cover the plot: the curves stay, the legend lists the first ones.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/plots/roc.py" line="28"/>
        <source>false positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/plots/roc.py" line="29"/>
        <source>true positive rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <location filename="../../desktop/panels/runs.py" line="124"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="125"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="126"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="127"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="128"/>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="129"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="130"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="145"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="146"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="147"/>
        <source>Show the run&apos;s saved curves, ROC and confusion matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="151"/>
        <source>Train more epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="152"/>
        <source>Continue the selected run from its last checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="153"/>
        <source>Show folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="154"/>
        <source>Open the run folder in the file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="155"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="180"/>
        <source>Opened run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="181"/>
        <source>Compare selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="240"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="241"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="242"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="243"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="273"/>
        <source>Opened: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="292"/>
        <source>Delete runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="294"/>
        <source>Delete these runs and all their files (checkpoints, curves, exports)?

{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="307"/>
        <source>Cannot delete the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/runs.py" line="336"/>
        <source>{n} runs overlaid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleGrid</name>
    <message>
        <location filename="../../desktop/panels/data_samples.py" line="66"/>
        <source>Image samples appear here once an image dataset is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScatterPlot</name>
    <message>
        <location filename="../../desktop/plots/scatter.py" line="21"/>
        <source>Predicted vs actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/plots/scatter.py" line="22"/>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/plots/scatter.py" line="23"/>
        <source>predicted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesGrid</name>
    <message>
        <location filename="../../desktop/panels/data_samples.py" line="100"/>
        <source>Sequence plots appear here once a sequence dataset is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="29"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="31"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="32"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="36"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="38"/>
        <source>Takes effect the next time Danlu starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="40"/>
        <source>Default: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="41"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="47"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="48"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="49"/>
        <location filename="../../desktop/settings_dialog.py" line="70"/>
        <source>Runs folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="50"/>
        <source>Every run is saved as a folder here (checkpoints, curves, evaluation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="78"/>
        <source>the Danlu data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkippedTable</name>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="134"/>
        <source>File or row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="134"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitOptions</name>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="64"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="70"/>
        <source>Keep class proportions in every split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="73"/>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="74"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="75"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_options.py" line="76"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryFacts</name>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="32"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="32"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="33"/>
        <source>Input shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="33"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="34"/>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="34"/>
        <source>Value range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="35"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="49"/>
        <source>channels, height, width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="49"/>
        <location filename="../../desktop/panels/data_views.py" line="50"/>
        <source>time steps, features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="50"/>
        <source>features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="51"/>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="54"/>
        <source>classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="54"/>
        <source>regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="55"/>
        <source>forecasting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="56"/>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="56"/>
        <source>sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="57"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="57"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="58"/>
        <source>time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="63"/>
        <source>{total} = {train} train + {val} validation + {test} test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/data_views.py" line="68"/>
        <source>none (regression targets)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <location filename="../../desktop/panels/network/gallery.py" line="93"/>
        <source>Use this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/gallery.py" line="99"/>
        <source>Loading the templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/gallery.py" line="103"/>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/gallery.py" line="103"/>
        <source>sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/gallery.py" line="104"/>
        <source>tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/gallery.py" line="104"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/gallery.py" line="105"/>
        <source>forecasting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/gallery.py" line="121"/>
        <source>For: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/network/gallery.py" line="126"/>
        <source>Does not fit the loaded dataset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopKChart</name>
    <message>
        <location filename="../../desktop/panels/predict_views.py" line="26"/>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/predict_views.py" line="31"/>
        <source>Choose or drop inputs to see the most probable classes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainOptionsEditor</name>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="102"/>
        <source>Task and loss</source>
        <extracomment>Editors that only matter for some choices: (option key, predicate on (task, loss, optimiser, schedule)).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="103"/>
        <source>What the network learns and how its error is measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="104"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="104"/>
        <source>Regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="105"/>
        <source>Forecasting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="106"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="107"/>
        <source>Follows the dataset: classes, or numbers to predict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="108"/>
        <source>Cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="109"/>
        <source>Weighted cross-entropy (imbalanced classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="110"/>
        <source>Focal loss (hard examples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="110"/>
        <source>Binary cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="111"/>
        <source>Mean squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="111"/>
        <source>Mean absolute error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="112"/>
        <source>Huber (robust to outliers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="113"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="113"/>
        <source>The error the optimiser minimises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="115"/>
        <source>Label smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="116"/>
        <source>Softens one-hot targets (e.g. 0.1) to reduce over-confidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="117"/>
        <source>Focal gamma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="118"/>
        <source>How strongly focal loss down-weights easy examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="119"/>
        <source>Huber delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="120"/>
        <source>Errors below delta count quadratically, above it linearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="125"/>
        <location filename="../../desktop/panels/train_options.py" line="128"/>
        <source>Optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="125"/>
        <source>How the weights are updated from the gradients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="126"/>
        <source>SGD (momentum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="129"/>
        <source>Adam is a safe default; SGD with momentum often generalises well with a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="131"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="132"/>
        <source>Step size of each update: the most important setting. Try the finder below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="133"/>
        <source>Weight decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="134"/>
        <source>L2 penalty on the weights (decoupled for AdamW); reduces over-fitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="136"/>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="137"/>
        <source>Keeps a running direction (SGD, RMSprop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="138"/>
        <source>Nesterov momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="139"/>
        <source>Look-ahead momentum for SGD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="140"/>
        <source>Beta 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="141"/>
        <source>Adam&apos;s gradient averaging factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="142"/>
        <source>Beta 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="143"/>
        <source>Adam&apos;s squared-gradient averaging factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="144"/>
        <source>L1 penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="145"/>
        <source>Adds the sum of absolute weights to the loss; pushes weights to exactly zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="150"/>
        <source>Learning-rate schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="151"/>
        <source>How the learning rate changes over the planned epochs (preview below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="152"/>
        <source>Constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="152"/>
        <source>Step decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="153"/>
        <source>Exponential decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="153"/>
        <source>Cosine annealing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="154"/>
        <source>Warm-up, then cosine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="154"/>
        <source>One-cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="155"/>
        <source>Reduce on plateau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="156"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="157"/>
        <source>Decaying the rate late in training usually improves the final accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="158"/>
        <source>Step every (epochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="159"/>
        <source>Epochs between two decays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="160"/>
        <source>Decay factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="161"/>
        <source>The rate is multiplied by this at each decay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="162"/>
        <source>Warm-up epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="163"/>
        <source>Epochs of linear warm-up from a small rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="164"/>
        <source>Minimum rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="165"/>
        <source>The rate never goes below this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="166"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="168"/>
        <source>Peak rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="169"/>
        <source>One-cycle&apos;s highest rate (unset: 10x the learning rate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="170"/>
        <source>Plateau patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="171"/>
        <source>Epochs without improvement before the rate is reduced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="172"/>
        <source>Plateau factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="173"/>
        <source>The rate is multiplied by this on a plateau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="178"/>
        <source>Stopping and checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="179"/>
        <source>When to stop early and which epoch&apos;s weights are kept as best.ckpt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="180"/>
        <source>Clip at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="182"/>
        <source>Gradient clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="183"/>
        <source>Caps the gradient norm; stabilises recurrent networks and high rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="185"/>
        <source>Stop early when the monitored value stops improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="184"/>
        <source>Early stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="186"/>
        <source>Ends the run before the planned epochs once it stops improving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="187"/>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="188"/>
        <source>The value watched for improvement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="177"/>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="177"/>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="189"/>
        <location filename="../../desktop/panels/train_options.py" line="198"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="190"/>
        <source>Whether the monitored value should fall or rise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="191"/>
        <source>Patience (epochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="192"/>
        <source>Epochs without improvement before stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="193"/>
        <source>Minimum change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="194"/>
        <source>Smaller changes do not count as improvement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="195"/>
        <source>Best checkpoint by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="196"/>
        <source>best.ckpt keeps the epoch with the best value of this; last.ckpt is always kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="199"/>
        <source>Whether lower or higher is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="203"/>
        <source>Reproducibility and loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="204"/>
        <source>Same seed and settings give the same run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="205"/>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="206"/>
        <source>Seeds weights, shuffling and augmentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="207"/>
        <source>Deterministic algorithms (slower on GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="208"/>
        <source>Bit-for-bit repeatable runs, at some speed cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="209"/>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="209"/>
        <source>Loader workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/train_options.py" line="210"/>
        <source>Processes that load batches (unset: automatic; 0 for in-memory data).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <location filename="../../desktop/workers/training.py" line="124"/>
        <source>Training paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/workers/training.py" line="124"/>
        <source>Training resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/workers/training.py" line="132"/>
        <source>Stopping after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/workers/training.py" line="175"/>
        <source>Run started in {dir} on {device} ({precision}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/workers/training.py" line="179"/>
        <source>Epoch {n}: {metrics}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/workers/training.py" line="182"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/workers/training.py" line="182"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/workers/training.py" line="183"/>
        <source>Run {status} after {n} epochs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../desktop/panels/training.py" line="67"/>
        <source>Planned learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="105"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="111"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="113"/>
        <source>Full passes over the training split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="119"/>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="121"/>
        <source>Samples per optimiser step; larger is faster per epoch but needs more memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="125"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="125"/>
        <source>Where training runs, and at which precision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="129"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="132"/>
        <source>Start a new run with these settings (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="134"/>
        <location filename="../../desktop/panels/training.py" line="255"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="136"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="137"/>
        <source>Stop after the current batch and keep a checkpoint (Shift+F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="142"/>
        <source>How many more epochs to train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="143"/>
        <source>more epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="146"/>
        <source>Continue the last run from its last checkpoint (optimiser, schedule and epoch count included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="161"/>
        <source>Continue the last run for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="210"/>
        <source>Loading the training engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="212"/>
        <source>A run is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="214"/>
        <source>The learning-rate finder is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="216"/>
        <source>Load a dataset first (Data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="218"/>
        <source>The network does not fit the data: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="255"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="267"/>
        <source>Continue {run} from its last checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="271"/>
        <source>Ready: {data} · {net}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="273"/>
        <source>custom network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="277"/>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="277"/>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/panels/training.py" line="361"/>
        <source>The schedule cannot be previewed: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/app.py" line="96"/>
        <source>Window shown {s:.2f} s after start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
