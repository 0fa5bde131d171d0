# SPDX-FileCopyrightText: 2026 The ZConsole authors
# SPDX-License-Identifier: Apache-2.0
# bash completion for zconsole-cli: command words, each command's options, and the values of
# --format, --os, --minutes, --profile and the file options. Kept in step with the CLI's
# --help by the completions test. Needs bash 4 (associative arrays), not bash-completion.

_zconsole_cli()
{
    local -A commands=(
        [zconsole-cli]="auth zia zpa ztw zcc zdx zid snapshot api"
        [zconsole-cli auth]="test"
        [zconsole-cli zia]="url-lookup activation"
        [zconsole-cli zia activation]="status activate"
        [zconsole-cli zpa]="segments microtenants"
        [zconsole-cli ztw]="groups activation"
        [zconsole-cli ztw activation]="status activate"
        [zconsole-cli zcc]="devices otp"
        [zconsole-cli zdx]="devices trace"
        [zconsole-cli zdx trace]="start list show delete"
        [zconsole-cli zid]="users groups"
        [zconsole-cli snapshot]="save diff"
    )
    local -A options=(
        [zconsole-cli]="--version -v"
        [zconsole-cli zia url-lookup]="--file -f"
        [zconsole-cli zpa segments]="--microtenant --search"
        [zconsole-cli zcc devices]="--user --hostname --os"
        [zconsole-cli zcc otp]="--udid --user --hostname"
        [zconsole-cli zdx devices]="--query -q"
        [zconsole-cli zdx trace start]="--device --name --minutes --probe-device --app --web-probe --cloudpath-probe"
        [zconsole-cli zdx trace list]="--device"
        [zconsole-cli zdx trace show]="--device --trace"
        [zconsole-cli zdx trace delete]="--device --trace"
        [zconsole-cli zid users]="--login --like"
        [zconsole-cli snapshot diff]="--live"
        [zconsole-cli api]="--query -q --data -d --paginate --include"
    )
    local global="--help -h --profile --format --ca-file --proxy --verbose --max-pages --max-records"
    local valued=" --profile --format --ca-file --proxy --max-pages --max-records --file -f --microtenant --search --user --hostname --os --udid --query -q --device --name --minutes --app --web-probe --cloudpath-probe --trace --login --like --data -d "
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=""
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()

    case $prev in
    --format)
        mapfile -t COMPREPLY < <(compgen -W "json csv table" -- "$cur")
        return
        ;;
    --os)
        mapfile -t COMPREPLY < <(compgen -W "windows macos linux ios android" -- "$cur")
        return
        ;;
    --minutes)
        mapfile -t COMPREPLY < <(compgen -W "5 15 30 60" -- "$cur")
        return
        ;;
    --proxy)
        mapfile -t COMPREPLY < <(compgen -W "none direct system http://" -- "$cur")
        return
        ;;
    --ca-file | --file | -f)
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        return
        ;;
    --profile)
        # The profiles the desktop application stored ([profiles] group, "name\key=value").
        local conf=${XDG_CONFIG_HOME:-$HOME/.config}/ZConsole/ZConsole.conf
        [[ -r $conf ]] || return
        local names
        names=$(sed -n '/^\[profiles\]/,/^\[/{s/^\([^\\=[]*\)\\.*/\1/p}' "$conf" | sort -u)
        mapfile -t COMPREPLY < <(compgen -W "$names" -- "$cur")
        return
        ;;
    esac
    [[ $valued == *" $prev "* ]] && return # a value the user types

    # The command words so far, past the options and their values.
    local path=zconsole-cli word i
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ $valued == *" $word "* ]]; then
            ((i++))
            continue
        fi
        [[ $word == -* ]] && continue
        if [[ " ${commands[$path]} " == *" $word "* ]]; then
            path+=" $word"
        fi
    done

    if [[ $path == "zconsole-cli snapshot "* && $cur != -* ]]; then
        compopt -o filenames 2>/dev/null # the snapshot files
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    elif [[ $cur == -* || -z ${commands[$path]+set} ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$global ${options[$path]}" -- "$cur")
    else
        mapfile -t COMPREPLY < <(compgen -W "${commands[$path]}" -- "$cur")
    fi
}

complete -F _zconsole_cli zconsole-cli
