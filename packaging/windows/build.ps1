# Build Danlu's Windows installer (run on Windows 10/11 x64 in PowerShell; NOT part of Linux CI).
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 -Variant cpu
# Needs: Python 3.11 x64 on PATH, Inno Setup 6 (iscc.exe on PATH or in its default folder).
param([ValidateSet("cpu", "cuda")][string]$Variant = "cpu")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$venv = "build\venv-win-$Variant"
if (-not (Test-Path "$venv\Scripts\python.exe")) {
    py -3.11 -m venv $venv
    # PyPI's Windows torch wheels are CPU builds; the CUDA build comes from the PyTorch CUDA index and
    # carries the CUDA runtime DLLs inside torch\lib, so only the NVIDIA driver is needed on the user's PC.
    if ($Variant -eq "cuda") {
        & "$venv\Scripts\pip" install torch==2.13.0 torchvision==0.28.0 --index-url https://download.pytorch.org/whl/cu130
    }
    & "$venv\Scripts\pip" install -r packaging\requirements-cpu.txt
    & "$venv\Scripts\pip" install --no-deps .
}
$py = Resolve-Path "$venv\Scripts\python.exe"
$version = & $py -c "import sys; sys.path.insert(0, 'packaging'); import bundle_config as c; print(c.version())"

# Icon: render the SVG; PyInstaller turns the PNG into the .exe's .ico (Pillow is installed with the deps).
& $py packaging\render_icon.py build\icons\danlu.png 256
& $py -c "from PIL import Image; Image.open('build/icons/danlu.png').save('build/icons/danlu.ico', sizes=[(16,16),(32,32),(48,48),(64,64),(128,128),(256,256)])"

$env:DANLU_VARIANT = $Variant
$env:DANLU_ICON = (Resolve-Path "build\icons\danlu.ico")
& $py -m PyInstaller --noconfirm --clean --distpath "build\$Variant\dist" --workpath "build\$Variant\build" packaging\danlu.spec

# Prove the bundle before packaging it (console twin: the windowed danlu.exe has no stdout).
& "build\$Variant\dist\danlu\danlu-cli.exe" --self-test
if ($LASTEXITCODE -ne 0) { throw "self-test failed" }

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DVariant=$Variant" "/DAppVersion=$version" packaging\windows\danlu.iss
Write-Host "dist\danlu-$version-windows-x86_64-$Variant-setup.exe"
