; Inno Setup 6 script for Danlu on Windows (x64). NOT built on Linux CI: see packaging/windows/build.ps1
; and docs/packaging.md. Input: the PyInstaller one-folder bundle in build\<variant>\dist\danlu\.
; Compile:  iscc /DVariant=cpu /DAppVersion=0.1.0 packaging\windows\danlu.iss
#ifndef Variant
  #define Variant "cpu"
#endif
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define BundleDir "..\..\build\" + Variant + "\dist\danlu"

[Setup]
; One AppId for both variants: installing the CUDA build replaces the CPU build and vice versa.
AppId={{6F0C2E1B-4D1A-4C7E-9E3B-DA0D1A9C0001}
AppName=Danlu
AppVersion={#AppVersion}
AppVerName=Danlu {#AppVersion} ({#Variant})
AppPublisher=Danlu developers
DefaultDirName={autopf}\Danlu
DefaultGroupName=Danlu
; Per-user install by default (no admin rights needed); the dialog offers "all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=danlu-{#AppVersion}-windows-x86_64-{#Variant}-setup
SetupIconFile=..\..\build\icons\danlu.ico
UninstallDisplayIcon={app}\danlu.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the danlu-cli command to PATH"; Flags: unchecked

[Files]
; The whole bundle; user data never goes here (runs and settings live in %LOCALAPPDATA%\danlu).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Danlu"; Filename: "{app}\danlu.exe"
Name: "{group}\Danlu self-test"; Filename: "{app}\danlu-cli.exe"; Parameters: "--self-test"
Name: "{group}\{cm:UninstallProgram,Danlu}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Danlu"; Filename: "{app}\danlu.exe"; Tasks: desktopicon

[Registry]
; "Open with Danlu" for experiment files.
Root: HKA; Subkey: "Software\Classes\.yaml\OpenWithProgids"; ValueType: string; ValueName: "Danlu.Experiment"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Danlu.Experiment"; ValueType: string; ValueName: ""; ValueData: "Danlu experiment"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Danlu.Experiment\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\danlu.exe,0"
Root: HKA; Subkey: "Software\Classes\Danlu.Experiment\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\danlu.exe"" ""%1"""
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\danlu.exe"; Description: "{cm:LaunchProgram,Danlu}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Param: string): Boolean;
var
  OrigPath: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', OrigPath) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Param) + ';', ';' + Uppercase(OrigPath) + ';') = 0;
end;
