"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports2) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports2.Argument = Argument2;
    exports2.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports2) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max2, command) => {
          return Math.max(
            max2,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max2, option) => {
          return Math.max(
            max2,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max2, option) => {
          return Math.max(
            max2,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max2, argument) => {
          return Math.max(
            max2,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines2 = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines2.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines2.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines2.push(sumChunks.join(""));
        });
        return wrappedLines2.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports2.Help = Help2;
    exports2.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports2.Option = Option2;
    exports2.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports2) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i2 = 0; i2 <= a.length; i2++) {
        d[i2] = [i2];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i2 = 1; i2 <= a.length; i2++) {
          let cost = 1;
          if (a[i2 - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i2][j] = Math.min(
            d[i2 - 1][j] + 1,
            // deletion
            d[i2][j - 1] + 1,
            // insertion
            d[i2 - 1][j - 1] + cost
            // substitution
          );
          if (i2 > 1 && j > 1 && a[i2 - 1] === b[j - 2] && a[i2 - 2] === b[j - 1]) {
            d[i2][j] = Math.min(d[i2][j], d[i2 - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports2.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports2) {
    var EventEmitter = require("node:events").EventEmitter;
    var childProcess = require("node:child_process");
    var path = require("node:path");
    var fs = require("node:fs");
    var process2 = require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err2) => {
            if (err2.code !== "commander.executeSubCommandAsync") {
              throw err2;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err2) {
          if (err2.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err2.message}`;
            this.error(message, { exitCode: err2.exitCode, code: err2.code });
          }
          throw err2;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err2) => {
          if (err2.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err2.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err2;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i2) => {
          if (arg.required && this.args[i2] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i2 = 0;
        while (i2 < args.length || activeGroup) {
          const arg = activeGroup ?? args[i2++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i2));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i2++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i2 < args.length && (!maybeOption(args[i2]) || negativeNumberArg(args[i2]))) {
                  value = args[i2++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i2));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i2));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i2));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i2));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i2 = 0; i2 < len; i2++) {
            const key = this.options[i2].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text2 = helper.formatHelp(this, helper);
        if (context.hasColors) return text2;
        return this._outputConfiguration.stripColor(text2);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text2) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text2 === "function") {
            helpStr = text2({ error: context.error, command: context.command });
          } else {
            helpStr = text2;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports2.Command = Command2;
    exports2.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports2) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports2.program = new Command2();
    exports2.createCommand = (name) => new Command2(name);
    exports2.createOption = (flags, description) => new Option2(flags, description);
    exports2.createArgument = (name, description) => new Argument2(name, description);
    exports2.Command = Command2;
    exports2.Option = Option2;
    exports2.Argument = Argument2;
    exports2.Help = Help2;
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
    exports2.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// shared/domain/types.ts
var REPORT_KINDS, UNIT_KINDS;
var init_types = __esm({
  "shared/domain/types.ts"() {
    "use strict";
    REPORT_KINDS = ["ke-hoach-nam", "bao-cao-6-thang", "bao-cao-nam", "bao-cao-dot-xuat"];
    UNIT_KINDS = [
      "so_nganh",
      "ubnd_huyen",
      "ubnd_xa",
      "bao_chi",
      "luc_luong_vu_trang",
      "doan_the",
      "khac"
    ];
  }
});

// shared/domain/errors.ts
var TtdnError, NotTtdnWorkbookError, UnknownTemplateError, UsageError, ConfigFileError;
var init_errors = __esm({
  "shared/domain/errors.ts"() {
    "use strict";
    TtdnError = class extends Error {
      constructor(message, code) {
        super(message);
        this.code = code;
        this.name = new.target.name;
      }
      code;
    };
    NotTtdnWorkbookError = class extends TtdnError {
      constructor(message) {
        super(message, "not-ttdn");
      }
    };
    UnknownTemplateError = class extends TtdnError {
      constructor(message) {
        super(message, "unknown-template");
      }
    };
    UsageError = class extends TtdnError {
      constructor(message) {
        super(message, "usage");
      }
    };
    ConfigFileError = class extends TtdnError {
      constructor(message) {
        super(message, "config");
      }
    };
  }
});

// shared/domain/activity-groups.ts
var DEFAULT_ACTIVITY_GROUPS, FUNDING_SOURCES, ACTIVITY_STATUSES;
var init_activity_groups = __esm({
  "shared/domain/activity-groups.ts"() {
    "use strict";
    DEFAULT_ACTIVITY_GROUPS = [
      "Ch\u1EC9 \u0111\u1EA1o, ban h\xE0nh v\u0103n b\u1EA3n",
      "T\u1EADp hu\u1EA5n, b\u1ED3i d\u01B0\u1EE1ng nghi\u1EC7p v\u1EE5",
      "Qu\u1EA3ng b\xE1 h\xECnh \u1EA3nh tr\xEAn b\xE1o ch\xED, ph\xE1t thanh, truy\u1EC1n h\xECnh",
      "C\u1ED5ng/trang th\xF4ng tin \u0111i\u1EC7n t\u1EED v\xE0 m\u1EA1ng x\xE3 h\u1ED9i",
      "Xu\u1EA5t b\u1EA3n \u1EA5n ph\u1EA9m, s\u1EA3n ph\u1EA9m TT\u0110N",
      "H\u1EE3p t\xE1c qu\u1ED1c t\u1EBF, \u0111o\xE0n ra, \u0111o\xE0n v\xE0o",
      "H\u1ED9i ch\u1EE3, tri\u1EC3n l\xE3m, x\xFAc ti\u1EBFn \u0111\u1EA7u t\u01B0, th\u01B0\u01A1ng m\u1EA1i, du l\u1ECBch",
      "Cung c\u1EA5p th\xF4ng tin cho b\xE1o ch\xED, h\u1ECDp b\xE1o",
      "Qu\u1EA3n l\xFD ph\xF3ng vi\xEAn n\u01B0\u1EDBc ngo\xE0i",
      "\u0110\u1EA5u tranh ph\u1EA3n b\xE1c th\xF4ng tin sai tr\xE1i",
      "Tuy\xEAn truy\u1EC1n bi\xEAn gi\u1EDBi, bi\u1EC3n \u0111\u1EA3o",
      "Tuy\xEAn truy\u1EC1n v\u1EC1 ASEAN",
      "Truy\u1EC1n th\xF4ng v\u1EC1 quy\u1EC1n con ng\u01B0\u1EDDi",
      "Ch\u01B0\u01A1ng tr\xECnh MTQG (gi\u1EA3m ngh\xE8o, v\xF9ng DTTS & mi\u1EC1n n\xFAi, c\u1EE5m th\xF4ng tin \u0111i\u1EC7n t\u1EED)",
      "Theo d\xF5i, t\u1ED5ng h\u1EE3p d\u01B0 lu\u1EADn b\xE1o ch\xED",
      "S\u01A1 k\u1EBFt, t\u1ED5ng k\u1EBFt",
      "Kh\xE1c"
    ];
    FUNDING_SOURCES = [
      "NSNN t\u1EC9nh",
      "NSNN huy\u1EC7n/x\xE3",
      "Ch\u01B0\u01A1ng tr\xECnh MTQG",
      "X\xE3 h\u1ED9i h\xF3a",
      "Kh\xE1c"
    ];
    ACTIVITY_STATUSES = [
      "Ho\xE0n th\xE0nh",
      "\u0110ang th\u1EF1c hi\u1EC7n",
      "Ch\u01B0a th\u1EF1c hi\u1EC7n",
      "Ph\xE1t sinh ngo\xE0i k\u1EBF ho\u1EA1ch"
    ];
  }
});

// shared/calendar/plain-date.ts
function makeDate(year, month, day2) {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day2)) return null;
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day2 < 1) return null;
  const t = new Date(Date.UTC(year, month - 1, day2));
  if (t.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day2).padStart(2, "0")}`;
}
function toUtcMs(d) {
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
}
function fromUtcMs(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
function daysBetween(from, to) {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}
function addDays(d, n) {
  return fromUtcMs(toUtcMs(d) + n * DAY_MS);
}
function excelSerialToDate(serial) {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  return fromUtcMs(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
}
function dateToExcelSerial(d) {
  return Math.round((toUtcMs(d) - EXCEL_EPOCH_MS) / DAY_MS);
}
function jsDateToPlain(d) {
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}
function formatDmy(d) {
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}
function formatDocumentDate(place, d) {
  const day2 = d.slice(8, 10);
  const month = Number(d.slice(5, 7));
  const mm2 = month < 3 ? `0${month}` : String(month);
  return `${place}, ng\xE0y ${day2} th\xE1ng ${mm2} n\u0103m ${d.slice(0, 4)}`;
}
var DAY_MS, EXCEL_EPOCH_MS;
var init_plain_date = __esm({
  "shared/calendar/plain-date.ts"() {
    "use strict";
    DAY_MS = 864e5;
    EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
  }
});

// shared/calendar/calendar.ts
function at(year, md) {
  const d = makeDate(year, Number(md.slice(0, 2)), Number(md.slice(3, 5)));
  if (!d) throw new RangeError(`Ng\xE0y th\xE1ng kh\xF4ng h\u1EE3p l\u1EC7: ${md}`);
  return d;
}
function periodOf(calendar, kind, year, adHoc) {
  switch (kind) {
    case "ke-hoach-nam":
      return {
        kind,
        year,
        from: at(year, "01-01"),
        to: at(year, "12-31"),
        deadline: at(year, calendar.deadlines[kind]),
        label: `KH-${year}`
      };
    case "bao-cao-6-thang":
    case "bao-cao-nam": {
      const w = calendar.windows[kind];
      const fromYear = w.from > w.to ? year - 1 : year;
      return {
        kind,
        year,
        from: at(fromYear, w.from),
        to: at(year, w.to),
        deadline: at(year, calendar.deadlines[kind]),
        label: `${kind === "bao-cao-nam" ? "N" : "6T"}-${year}`
      };
    }
    case "bao-cao-dot-xuat": {
      const from = adHoc?.from ?? at(year, "01-01");
      const to = adHoc?.to ?? at(year, "12-31");
      return {
        kind,
        year,
        from,
        to,
        deadline: adHoc?.deadline ?? addDays(to, 7),
        label: `DX-${year}-${from.replace(/-/g, "")}-${to.replace(/-/g, "")}`
      };
    }
  }
}
function timeliness(deadline, received, asOf) {
  if (!received) return { status: "missing" };
  const afterAsOf = asOf !== void 0 && received > asOf;
  const days = daysBetween(deadline, afterAsOf ? asOf : received);
  const t = days > 0 ? { status: "late", days } : { status: "on-time" };
  return afterAsOf ? { ...t, afterAsOf } : t;
}
var DEFAULT_CALENDAR, MONTH_DAY_PATTERN;
var init_calendar = __esm({
  "shared/calendar/calendar.ts"() {
    "use strict";
    init_plain_date();
    DEFAULT_CALENDAR = {
      deadlines: { "ke-hoach-nam": "01-15", "bao-cao-6-thang": "06-15", "bao-cao-nam": "11-20" },
      windows: {
        "bao-cao-6-thang": { from: "12-15", to: "06-14" },
        "bao-cao-nam": { from: "12-15", to: "12-14" }
      }
    };
    MONTH_DAY_PATTERN = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
  }
});

// shared/messages/vi.ts
var READ_FINDING_MESSAGES, READ_ERROR_MESSAGES, EMPTY_FORM_REASON, SUBMISSION_STATE_LABELS, FINDING_MESSAGES, ERROR_MESSAGES, FIELD_PROBLEMS, KIND_LABELS, SEVERITY_LABELS, CONSOLIDATION_MESSAGES, FILE_READER_MESSAGES, PROVINCE_REPORT_TEXTS;
var init_vi = __esm({
  "shared/messages/vi.ts"() {
    "use strict";
    READ_FINDING_MESSAGES = {
      COLUMN_EXTRA: (header) => `C\u1ED9t "${header}" do \u0111\u01A1n v\u1ECB th\xEAm v\xE0o b\u1EA3ng; kh\xF4ng thu\u1ED9c bi\u1EC3u m\u1EABu n\xEAn \u0111\u01B0\u1EE3c b\u1ECF qua.`,
      COLUMN_MISSING: (header) => `B\u1EA3ng thi\u1EBFu c\u1ED9t b\u1EAFt bu\u1ED9c "${header}" (c\xF3 th\u1EC3 \u0111\xE3 b\u1ECB x\xF3a); h\xE3y th\xEAm l\u1EA1i c\u1ED9t n\xE0y ho\u1EB7c d\xF9ng bi\u1EC3u m\u1EABu g\u1ED1c.`,
      COLUMN_ABSENT: (header) => `B\u1EA3ng kh\xF4ng c\xF3 c\u1ED9t "${header}"; c\u1ED9t n\xE0y \u0111\u01B0\u1EE3c \u0111\u1EC3 tr\u1ED1ng.`,
      METADATA_LOST: (kind, year, unit) => `T\u1EC7p \u0111\xE3 m\u1EA5t th\xF4ng tin nh\u1EADn d\u1EA1ng c\u1EE7a bi\u1EC3u m\u1EABu (trang \u1EA9n _ttdn, v\xF9ng \u0111\u1EB7t t\xEAn) \u2014 th\u01B0\u1EDDng do sao ch\xE9p sang s\u1ED5 t\xEDnh m\u1EDBi. \u0110\xE3 nh\u1EADn d\u1EA1ng theo ti\xEAu \u0111\u1EC1: ${kind} n\u0103m ${year}, \u0111\u01A1n v\u1ECB ${unit}. L\u1EA7n sau h\xE3y \u0111i\u1EC1n tr\u1EF1c ti\u1EBFp v\xE0o t\u1EC7p bi\u1EC3u m\u1EABu g\u1ED1c.`,
      FORM_EMPTY: () => "Bi\u1EC3u m\u1EABu c\xF2n tr\u1ED1ng (ch\u01B0a \u0111i\u1EC1n ho\u1EA1t \u0111\u1ED9ng, ch\u1EC9 ti\xEAu hay n\u1ED9i dung n\xE0o): ch\u01B0a \u0111\u01B0\u1EE3c t\xEDnh l\xE0 \u0111\xE3 n\u1ED9p."
    };
    READ_ERROR_MESSAGES = {
      unrecognisedForm: 'T\u1EC7p kh\xF4ng ph\u1EA3i l\xE0 bi\u1EC3u m\u1EABu TT\u0110N ho\u1EB7c \u0111\xE3 m\u1EA5t nh\u1EADn d\u1EA1ng: kh\xF4ng c\xF3 trang \u1EA9n _ttdn, v\xF9ng \u0111\u1EB7t t\xEAn, c\u0169ng kh\xF4ng th\u1EA5y ti\xEAu \u0111\u1EC1 v\xE0 d\xF2ng ti\xEAu \u0111\u1EC1 c\u1ED9t c\u1EE7a Ph\u1EE5 l\u1EE5c 01/02. H\xE3y t\u1EA3i l\u1EA1i bi\u1EC3u m\u1EABu g\u1ED1c (ttdn template ho\u1EB7c th\u1EBB "T\u1EA1o bi\u1EC3u m\u1EABu"), ch\xE9p d\u1EEF li\u1EC7u v\xE0o \u0111\xF3 v\xE0 g\u1EEDi l\u1EA1i.',
      unitNotFound: "T\u1EC7p m\u1EA5t th\xF4ng tin nh\u1EADn d\u1EA1ng v\xE0 kh\xF4ng t\xECm th\u1EA5y t\xEAn \u0111\u01A1n v\u1ECB \u1EDF ph\u1EA7n \u0111\u1EA7u v\u0103n b\u1EA3n kh\u1EDBp v\u1EDBi danh s\xE1ch \u0111\u01A1n v\u1ECB. H\xE3y ghi \u0111\xFAng t\xEAn \u0111\u01A1n v\u1ECB \u1EDF d\xF2ng th\u1EE9 hai c\u1EE7a v\u0103n b\u1EA3n ho\u1EB7c d\xF9ng bi\u1EC3u m\u1EABu g\u1ED1c.",
      missingTable: (name) => `Kh\xF4ng t\xECm th\u1EA5y b\u1EA3ng "${name}" (v\xF9ng \u0111\u1EB7t t\xEAn ho\u1EB7c d\xF2ng ti\xEAu \u0111\u1EC1 c\u1ED9t). H\xE3y d\xF9ng bi\u1EC3u m\u1EABu g\u1ED1c, gi\u1EEF nguy\xEAn d\xF2ng ti\xEAu \u0111\u1EC1 c\u1ED9t.`
    };
    EMPTY_FORM_REASON = "M\u1EABu tr\u1ED1ng: t\u1EC7p l\xE0 bi\u1EC3u m\u1EABu ch\u01B0a \u0111i\u1EC1n.";
    SUBMISSION_STATE_LABELS = {
      accepted: "\u0110\xE3 n\u1ED9p",
      rejected: "B\u1ECB lo\u1EA1i",
      superseded: "\u0110\xE3 thay th\u1EBF",
      unreadable: "Kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c",
      empty: "M\u1EABu tr\u1ED1ng",
      missing: "Ch\u01B0a n\u1ED9p"
    };
    FINDING_MESSAGES = {
      ...READ_FINDING_MESSAGES,
      META_MISSING: (key) => `Thi\u1EBFu th\xF4ng tin "${key}" trong trang \u1EA9n _ttdn \u2014 t\u1EC7p kh\xF4ng do c\xF4ng c\u1EE5 t\u1EA1o ra ho\u1EB7c \u0111\xE3 b\u1ECB s\u1EEDa.`,
      UNIT_UNKNOWN: (code) => `M\xE3 \u0111\u01A1n v\u1ECB "${code}" kh\xF4ng c\xF3 trong danh s\xE1ch \u0111\u01A1n v\u1ECB b\xE1o c\xE1o.`,
      PERIOD_MISMATCH: (found, expected) => `K\u1EF3 b\xE1o c\xE1o "${found}" kh\xF4ng kh\u1EDBp v\u1EDBi lo\u1EA1i b\xE1o c\xE1o v\xE0 n\u0103m (ph\u1EA3i l\xE0 "${expected}").`,
      YEAR_INVALID: (value) => `N\u0103m b\xE1o c\xE1o "${value}" kh\xF4ng h\u1EE3p l\u1EC7.`,
      HEADER_MISSING: (label) => `Ch\u01B0a \u0111i\u1EC1n ${label}.`,
      REQUIRED: (label) => `C\u1ED9t "${label}" l\xE0 b\u1EAFt bu\u1ED9c nh\u01B0ng \u0111ang \u0111\u1EC3 tr\u1ED1ng.`,
      LIST_VALUE: (label, value) => `"${value}" kh\xF4ng thu\u1ED9c danh s\xE1ch c\u1EE7a c\u1ED9t "${label}". H\xE3y ch\u1ECDn t\u1EEB danh s\xE1ch th\u1EA3 xu\u1ED1ng.`,
      NUMBER_INVALID: (label, value) => `"${value}" \u1EDF c\u1ED9t "${label}" kh\xF4ng ph\u1EA3i l\xE0 s\u1ED1.`,
      NUMBER_NEGATIVE: (label) => `C\u1ED9t "${label}" kh\xF4ng nh\u1EADn s\u1ED1 \xE2m.`,
      NUMBER_NOT_INTEGER: (label) => `C\u1ED9t "${label}" ph\u1EA3i l\xE0 s\u1ED1 nguy\xEAn.`,
      NUMBER_DECIMALS: (label, max2) => `C\u1ED9t "${label}" ch\u1EC9 nh\u1EADn t\u1ED1i \u0111a ${max2} ch\u1EEF s\u1ED1 th\u1EADp ph\xE2n.`,
      DATE_INVALID: (label, value) => `"${value}" \u1EDF c\u1ED9t "${label}" kh\xF4ng ph\u1EA3i l\xE0 th\u1EDDi gian h\u1EE3p l\u1EC7 (v\xED d\u1EE5 15/03/2026, Th\xE1ng 3/2026, Qu\xFD I/2026, Th\u01B0\u1EDDng xuy\xEAn).`,
      DATE_OUT_OF_RANGE: (label, from, to) => `Ng\xE0y \u1EDF c\u1ED9t "${label}" n\u1EB1m ngo\xE0i kho\u1EA3ng ${from} \u2013 ${to}.`,
      DATE_ORDER: (fromLabel, toLabel) => `"${fromLabel}" ph\u1EA3i tr\u01B0\u1EDBc ho\u1EB7c tr\xF9ng "${toLabel}".`,
      TEXT_TOO_LONG: (label, max2) => `N\u1ED9i dung c\u1ED9t "${label}" d\xE0i qu\xE1 ${max2} k\xFD t\u1EF1.`,
      FORMULA_INPUT: (label) => `\xD4 "${label}" ch\u1EE9a c\xF4ng th\u1EE9c; ch\u1EC9 gi\xE1 tr\u1ECB hi\u1EC7n t\u1EA1i c\u1EE7a c\xF4ng th\u1EE9c \u0111\u01B0\u1EE3c ghi nh\u1EADn.`,
      LEGACY_ENCODING: (encoding) => `V\u0103n b\u1EA3n g\xF5 b\u1EB1ng b\u1EA3ng m\xE3 c\u0169 (${encoding}); h\xE3y chuy\u1EC3n sang Unicode (c\xF3 th\u1EC3 chuy\u1EC3n t\u1EF1 \u0111\u1ED9ng).`,
      INDICATOR_REQUIRES: (code, requires) => `Ch\u1EC9 ti\xEAu ${code} l\u1EDBn h\u01A1n 0 th\xEC ch\u1EC9 ti\xEAu ${requires} c\u0169ng ph\u1EA3i l\u1EDBn h\u01A1n 0.`,
      BUDGET_MISMATCH: (sum, indicator, value) => `T\u1ED5ng kinh ph\xED c\xE1c ho\u1EA1t \u0111\u1ED9ng (${sum} tri\u1EC7u \u0111\u1ED3ng) l\u1EC7ch v\u1EDBi ch\u1EC9 ti\xEAu ${indicator} (${value} tri\u1EC7u \u0111\u1ED3ng).`,
      TASK_NOT_IN_PLAN: (code) => `M\xE3 nhi\u1EC7m v\u1EE5 "${code}" kh\xF4ng c\xF3 trong k\u1EBF ho\u1EA1ch n\u0103m c\u1EE7a \u0111\u01A1n v\u1ECB.`,
      DUPLICATE_ROW: (other) => `H\xE0ng tr\xF9ng l\u1EB7p v\u1EDBi h\xE0ng ${other} c\u1EE7a b\u1EA3ng.`,
      DUPLICATE_CODE: (code, other) => `M\xE3 nhi\u1EC7m v\u1EE5 "${code}" b\u1ECB tr\xF9ng v\u1EDBi h\xE0ng ${other}.`,
      ROW_BELOW_TABLE: () => `H\xE0ng \u0111\u01B0\u1EE3c nh\u1EADp b\xEAn d\u01B0\u1EDBi v\xF9ng b\u1EA3ng; \u0111\xE3 \u0111\u01B0\u1EE3c ghi nh\u1EADn, n\xEAn ch\xE8n h\xE0ng b\xEAn trong b\u1EA3ng \u0111\u1EC3 c\xF3 danh s\xE1ch th\u1EA3 xu\u1ED1ng.`
    };
    ERROR_MESSAGES = {
      notTtdnWorkbook: "T\u1EC7p kh\xF4ng ph\u1EA3i l\xE0 bi\u1EC3u m\u1EABu TT\u0110N (kh\xF4ng c\xF3 trang \u1EA9n _ttdn ho\u1EB7c v\xF9ng d\u1EEF li\u1EC7u \u0111\u01B0\u1EE3c \u0111\u1EB7t t\xEAn).",
      unknownTemplate: (id, version2) => `Bi\u1EC3u m\u1EABu "${id}" phi\xEAn b\u1EA3n ${version2} kh\xF4ng \u0111\u01B0\u1EE3c h\u1ED7 tr\u1EE3; h\xE3y t\u1EA3i bi\u1EC3u m\u1EABu m\u1EDBi nh\u1EA5t.`,
      unknownKind: (kind) => `Lo\u1EA1i b\xE1o c\xE1o "${kind}" kh\xF4ng h\u1EE3p l\u1EC7 (ke-hoach-nam, bao-cao-6-thang, bao-cao-nam, bao-cao-dot-xuat).`,
      missingName: (name) => `Thi\u1EBFu v\xF9ng d\u1EEF li\u1EC7u \u0111\u01B0\u1EE3c \u0111\u1EB7t t\xEAn ${name}.`,
      missingSheet: (name) => `Kh\xF4ng t\xECm th\u1EA5y trang "${name}".`,
      unknownUnit: (code) => `Kh\xF4ng c\xF3 \u0111\u01A1n v\u1ECB m\xE3 "${code}" trong danh s\xE1ch \u0111\u01A1n v\u1ECB.`,
      unknownPreset: (id, known) => `Kh\xF4ng c\xF3 b\u1ED9 c\u1EA5u h\xECnh "${id}" (c\xF3: ${known}).`,
      badYear: (value) => `N\u0103m "${value}" kh\xF4ng h\u1EE3p l\u1EC7 (v\xED d\u1EE5 2026).`,
      registryLine: (line, field, problem) => `Danh s\xE1ch \u0111\u01A1n v\u1ECB, d\xF2ng ${line}, tr\u01B0\u1EDDng "${field}": ${problem}`,
      calendarField: (field, problem) => `L\u1ECBch b\xE1o c\xE1o, tr\u01B0\u1EDDng "${field}": ${problem}`
    };
    FIELD_PROBLEMS = {
      required: "b\u1EAFt bu\u1ED9c nh\u01B0ng \u0111ang tr\u1ED1ng",
      badCode: "ch\u1EC9 g\u1ED3m ch\u1EEF A\u2013Z, s\u1ED1 v\xE0 d\u1EA5u g\u1EA1ch d\u01B0\u1EDBi",
      badKind: (kinds) => `ph\u1EA3i l\xE0 m\u1ED9t trong: ${kinds.join(", ")}`,
      duplicate: (line) => `tr\xF9ng m\xE3 v\u1EDBi d\xF2ng ${line}`,
      badBoolean: "ph\u1EA3i l\xE0 true/false, c\xF3/kh\xF4ng ho\u1EB7c 1/0",
      badEmail: "\u0111\u1ECBa ch\u1EC9 th\u01B0 \u0111i\u1EC7n t\u1EED kh\xF4ng h\u1EE3p l\u1EC7",
      unknownParent: (code) => `\u0111\u01A1n v\u1ECB c\u1EA5p tr\xEAn "${code}" kh\xF4ng c\xF3 trong danh s\xE1ch`,
      badMonthDay: 'ph\u1EA3i c\xF3 d\u1EA1ng MM-DD, v\xED d\u1EE5 "06-15"',
      badJson: (detail) => `JSON kh\xF4ng h\u1EE3p l\u1EC7: ${detail}`,
      badShape: 'ph\u1EA3i l\xE0 m\u1ED9t m\u1EA3ng \u0111\u01A1n v\u1ECB ho\u1EB7c m\u1ED9t \u0111\u1ED1i t\u01B0\u1EE3ng c\xF3 tr\u01B0\u1EDDng "units"',
      badHeader: (expected) => `d\xF2ng ti\xEAu \u0111\u1EC1 ph\u1EA3i l\xE0 "${expected}"`,
      // issue 11a: registry abbreviations (ký hiệu viết tắt)
      badAbbr: 'k\xFD hi\u1EC7u vi\u1EBFt t\u1EAFt ch\u1EC9 g\u1ED3m ch\u1EEF c\xE1i, ch\u1EEF s\u1ED1 v\xE0 "&", t\u1ED1i \u0111a 20 k\xFD t\u1EF1 (v\xED d\u1EE5 SNgV, SKH\u0110T)',
      duplicateAbbr: (abbr, line) => `k\xFD hi\u1EC7u vi\u1EBFt t\u1EAFt "${abbr}" tr\xF9ng v\u1EDBi \u0111\u01A1n v\u1ECB \u1EDF d\xF2ng ${line} (m\xE3 nhi\u1EC7m v\u1EE5 s\u1EBD tr\xF9ng nhau); h\xE3y \u0111\u1EB7t k\xFD hi\u1EC7u kh\xE1c`
    };
    KIND_LABELS = {
      "ke-hoach-nam": "K\u1EBF ho\u1EA1ch ho\u1EA1t \u0111\u1ED9ng TT\u0110N n\u0103m",
      "bao-cao-6-thang": "B\xE1o c\xE1o 6 th\xE1ng \u0111\u1EA7u n\u0103m",
      "bao-cao-nam": "B\xE1o c\xE1o n\u0103m",
      "bao-cao-dot-xuat": "B\xE1o c\xE1o \u0111\u1ED9t xu\u1EA5t"
    };
    SEVERITY_LABELS = { error: "L\u1ED7i", warning: "C\u1EA3nh b\xE1o", info: "Th\xF4ng tin" };
    CONSOLIDATION_MESSAGES = {
      wrongPeriod: (kind, year, wantKind, wantYear) => `Sai lo\u1EA1i/k\u1EF3 b\xE1o c\xE1o: t\u1EC7p l\xE0 ${KIND_LABELS[kind] ?? kind} ${year}, \u0111ang t\u1ED5ng h\u1EE3p ${KIND_LABELS[wantKind] ?? wantKind} ${wantYear}.`,
      blockingErrors: (n, first) => `B\u1ECB lo\u1EA1i: ${n} l\u1ED7i ph\u1EA3i s\u1EEDa (v\xED d\u1EE5: ${first})`,
      includedDespiteErrors: (n) => `\u0110\u01B0\u1EE3c \u0111\u01B0a v\xE0o theo y\xEAu c\u1EA7u d\xF9 c\xF2n ${n} l\u1ED7i.`,
      supersededBy: (file) => `\u0110\xE3 \u0111\u01B0\u1EE3c thay th\u1EBF b\u1EDFi b\u1EA3n n\u1ED9p l\u1EA1i ${file}.`,
      missing: "Ch\u01B0a n\u1ED9p",
      notYetDue: "Ch\u01B0a n\u1ED9p (ch\u01B0a \u0111\u1EBFn h\u1EA1n)",
      onTime: "\u0110\xFAng h\u1EA1n",
      late: (days) => `Mu\u1ED9n ${days} ng\xE0y`,
      statusLabels: {
        accepted: "\u0110\u01B0\u1EE3c ti\u1EBFp nh\u1EADn",
        rejected: "B\u1ECB lo\u1EA1i",
        superseded: "\u0110\xE3 thay th\u1EBF",
        unreadable: "Kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c",
        empty: "M\u1EABu tr\u1ED1ng"
      }
    };
    FILE_READER_MESSAGES = {
      legacyXls: "T\u1EC7p .xls (Excel 97\u20132003) kh\xF4ng \u0111\u01B0\u1EE3c nh\u1EADn tr\u1EF1c ti\u1EBFp \u2014 h\xE3y m\u1EDF t\u1EC7p b\u1EB1ng Excel ho\u1EB7c LibreOffice v\xE0 l\u01B0u l\u1EA1i th\xE0nh .xlsx (ho\u1EB7c .ods) r\u1ED3i g\u1EEDi l\u1EA1i.",
      odsMacro: "T\u1EC7p ch\u1EE9a macro \u2014 kh\xF4ng nh\u1EADn. H\xE3y l\u01B0u l\u1EA1i th\xE0nh .ods ho\u1EB7c .xlsx kh\xF4ng c\xF3 macro.",
      otherOpenDocument: (mime) => `t\u1EC7p OpenDocument n\xE0y kh\xF4ng ph\u1EA3i b\u1EA3ng t\xEDnh (${mime})`,
      notSpreadsheet: "T\u1EC7p kh\xF4ng ph\u1EA3i b\u1EA3ng t\xEDnh .xlsx ho\u1EB7c .ods \u2014 h\xE3y m\u1EDF t\u1EC7p b\u1EB1ng Excel ho\u1EB7c LibreOffice v\xE0 l\u01B0u l\u1EA1i th\xE0nh .xlsx.",
      odsCorrupt: (detail) => `T\u1EC7p .ods b\u1ECB h\u1ECFng ho\u1EB7c kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c: ${detail}.`,
      notOds: (detail) => `T\u1EC7p kh\xF4ng ph\u1EA3i l\xE0 t\u1EC7p b\u1EA3ng t\xEDnh .ods h\u1EE3p l\u1EC7: ${detail}.`,
      tooManyCells: (limit) => `T\u1EC7p c\xF3 qu\xE1 nhi\u1EC1u \xF4 c\xF3 d\u1EEF li\u1EC7u (gi\u1EDBi h\u1EA1n ${limit.toLocaleString("vi-VN")} \xF4) \u2014 c\xF3 th\u1EC3 l\xE0 t\u1EC7p b\u1EA5t th\u01B0\u1EDDng.`,
      sheetPartShared: (sheet, other) => `trang "${sheet}" d\xF9ng chung d\u1EEF li\u1EC7u v\u1EDBi trang "${other}"`
    };
    PROVINCE_REPORT_TEXTS = {
      docNumber: (abbr, docType) => `S\u1ED1:      /${docType}-${abbr}`,
      subtitleReport: (from, to) => `(S\u1ED1 li\u1EC7u t\u1ED5ng h\u1EE3p t\u1EEB b\xE1o c\xE1o c\u1EE7a c\xE1c c\u01A1 quan, \u0111\u01A1n v\u1ECB, t\xEDnh t\u1EEB ng\xE0y ${from} \u0111\u1EBFn ng\xE0y ${to})`,
      subtitlePlan: (year) => `(T\u1ED5ng h\u1EE3p k\u1EBF ho\u1EA1ch c\u1EE7a c\xE1c c\u01A1 quan, \u0111\u01A1n v\u1ECB n\u0103m ${year})`,
      headings: {
        chiDao: "I. C\xD4NG T\xC1C CH\u1EC8 \u0110\u1EA0O, \u0110I\u1EC0U H\xC0NH",
        ketQua: "II. K\u1EBET QU\u1EA2 TH\u1EF0C HI\u1EC6N",
        nhom: "1. K\u1EBFt qu\u1EA3 th\u1EF1c hi\u1EC7n theo nh\xF3m nhi\u1EC7m v\u1EE5",
        nhomPlan: "1. Nhi\u1EC7m v\u1EE5 theo nh\xF3m",
        chiTieu: "2. Bi\u1EC3u s\u1ED1 li\u1EC7u t\u1ED5ng h\u1EE3p",
        danhGia: "III. \u0110\xC1NH GI\xC1 CHUNG",
        phuongHuong: "IV. PH\u01AF\u01A0NG H\u01AF\u1EDANG, NHI\u1EC6M V\u1EE4 TH\u1EDCI GIAN T\u1EDAI",
        kienNghi: "V. \u0110\u1EC0 XU\u1EA4T, KI\u1EBEN NGH\u1ECA",
        mucDich: "I. M\u1EE4C \u0110\xCDCH, Y\xCAU C\u1EA6U",
        nhiemVu: "II. NHI\u1EC6M V\u1EE4",
        toChuc: "III. T\u1ED4 CH\u1EE8C TH\u1EF0C HI\u1EC6N"
      },
      hints: {
        edit: "\xD4 n\u1EC1n v\xE0ng l\xE0 n\u1ED9i dung S\u1EDF bi\xEAn t\u1EADp; l\u1EC7nh xu\u1EA5t b\xE1o c\xE1o \u0111\u1ECDc l\u1EA1i \u0111\xFAng n\u1ED9i dung trong c\xE1c \xF4 n\xE0y.",
        phuongHuong: "S\u1EDF b\u1ED5 sung ph\u01B0\u01A1ng h\u01B0\u1EDBng, nhi\u1EC7m v\u1EE5 tr\u1ECDng t\xE2m k\u1EF3 t\u1EDBi."
      },
      submitted: (sent, total, onTime, late) => `S\u1EDF \u0111\xE3 nh\u1EADn b\xE1o c\xE1o c\u1EE7a ${sent}/${total} c\u01A1 quan, \u0111\u01A1n v\u1ECB (${onTime} \u0111\xFAng h\u1EA1n, ${late} mu\u1ED9n h\u1EA1n).`,
      notSubmitted: (names) => `Ch\u01B0a g\u1EEDi b\xE1o c\xE1o: ${names}.`,
      // Province plan (issue 11, Deliver 7): title, trích yếu, intake and the compiled plan narratives.
      planTitle: "K\u1EBE HO\u1EA0CH",
      planTopic: (year) => `Th\xF4ng tin \u0111\u1ED1i ngo\u1EA1i n\u0103m ${year}`,
      submittedPlan: (sent, total, onTime, late) => `K\u1EBF ho\u1EA1ch \u0111\u01B0\u1EE3c t\u1ED5ng h\u1EE3p t\u1EEB k\u1EBF ho\u1EA1ch c\u1EE7a ${sent}/${total} c\u01A1 quan, \u0111\u01A1n v\u1ECB (${onTime} g\u1EEDi \u0111\xFAng h\u1EA1n, ${late} g\u1EEDi mu\u1ED9n).`,
      notSubmittedPlan: (names) => `Ch\u01B0a g\u1EEDi k\u1EBF ho\u1EA1ch: ${names}.`,
      purposeIntro: "M\u1EE5c \u0111\xEDch, y\xEAu c\u1EA7u do c\xE1c c\u01A1 quan, \u0111\u01A1n v\u1ECB n\xEAu trong k\u1EBF ho\u1EA1ch:",
      implementationIntro: "T\u1ED5 ch\u1EE9c th\u1EF1c hi\u1EC7n do c\xE1c c\u01A1 quan, \u0111\u01A1n v\u1ECB n\xEAu trong k\u1EBF ho\u1EA1ch:",
      directives: (n) => `C\xE1c c\u01A1 quan, \u0111\u01A1n v\u1ECB \u0111\xE3 ban h\xE0nh ${n} v\u0103n b\u1EA3n ch\u1EC9 \u0111\u1EA1o, h\u01B0\u1EDBng d\u1EABn v\u1EC1 th\xF4ng tin \u0111\u1ED1i ngo\u1EA1i.`,
      limitsIntro: "H\u1EA1n ch\u1EBF, kh\xF3 kh\u0103n do c\xE1c c\u01A1 quan, \u0111\u01A1n v\u1ECB n\xEAu:",
      proposalsIntro: "Ki\u1EBFn ngh\u1ECB, \u0111\u1EC1 xu\u1EA5t c\u1EE7a c\xE1c c\u01A1 quan, \u0111\u01A1n v\u1ECB:",
      nothingReported: "(Kh\xF4ng c\xF3 \u0111\u01A1n v\u1ECB n\xE0o n\xEAu n\u1ED9i dung n\xE0y.)",
      continued: "(ti\u1EBFp)",
      truncated: (n, sheet) => `(\u2026 c\xF2n ${n} k\xFD t\u1EF1, xem to\xE0n v\u0103n t\u1EA1i trang "${sheet}" c\u1EE7a b\u1EA3ng t\u1ED5ng h\u1EE3p.)`,
      planProgress: (units, planned, done, pct, inProgress, notDone, notReported) => `Theo k\u1EBF ho\u1EA1ch n\u0103m c\u1EE7a ${units} c\u01A1 quan, \u0111\u01A1n v\u1ECB: ${planned} nhi\u1EC7m v\u1EE5, \u0111\xE3 ho\xE0n th\xE0nh ${done} (${pct}), \u0111ang th\u1EF1c hi\u1EC7n ${inProgress}, ch\u01B0a th\u1EF1c hi\u1EC7n ${notDone}, ch\u01B0a b\xE1o c\xE1o ${notReported}.`,
      groupHeaders: {
        stt: "STT",
        group: "Nh\xF3m nhi\u1EC7m v\u1EE5",
        count: "S\u1ED1 ho\u1EA1t \u0111\u1ED9ng",
        countPlan: "S\u1ED1 nhi\u1EC7m v\u1EE5",
        units: "S\u1ED1 \u0111\u01A1n v\u1ECB",
        done: "Ho\xE0n th\xE0nh",
        inProgress: "\u0110ang th\u1EF1c hi\u1EC7n",
        notDone: "Ch\u01B0a th\u1EF1c hi\u1EC7n",
        unplanned: "Ph\xE1t sinh",
        budget: "Kinh ph\xED (tri\u1EC7u \u0111\u1ED3ng)",
        percent: "T\u1EF7 l\u1EC7 ho\xE0n th\xE0nh",
        total: "T\u1ED5ng c\u1ED9ng"
      },
      indicatorHeaders: { code: "M\xE3", name: "Ch\u1EC9 ti\xEAu", unit: "\u0110\u01A1n v\u1ECB t\xEDnh", total: "T\u1ED5ng to\xE0n t\u1EC9nh" },
      appendixTitle: (plan) => plan ? "PH\u1EE4 L\u1EE4C: DANH S\xC1CH NHI\u1EC6M V\u1EE4 C\u1EE6A C\xC1C C\u01A0 QUAN, \u0110\u01A0N V\u1ECA" : "PH\u1EE4 L\u1EE4C: DANH S\xC1CH HO\u1EA0T \u0110\u1ED8NG C\u1EE6A C\xC1C C\u01A0 QUAN, \u0110\u01A0N V\u1ECA",
      appendixUnit: "\u0110\u01A1n v\u1ECB",
      appendixByUnit: (n, max2, sheet) => `(C\xF3 ${n} ho\u1EA1t \u0111\u1ED9ng, nhi\u1EC1u h\u01A1n ${max2} d\xF2ng in \u0111\u01B0\u1EE3c trong v\u0103n b\u1EA3n n\xE0y: ph\u1EE5 l\u1EE5c t\u1ED5ng h\u1EE3p theo \u0111\u01A1n v\u1ECB; danh s\xE1ch \u0111\u1EA7y \u0111\u1EE7 \u1EDF trang "${sheet}" c\u1EE7a b\u1EA3ng t\u1ED5ng h\u1EE3p v\xE0 t\u1EC7p CSV ho\u1EA1t \u0111\u1ED9ng.)`,
      appendixOf: (docNumber, plan = false) => `(K\xE8m theo ${plan ? "K\u1EBF ho\u1EA1ch" : "B\xE1o c\xE1o"} ${docNumber.replace(/^Số:\s*/, "s\u1ED1 ")})`,
      recipientsTitle: "N\u01A1i nh\u1EADn:",
      recipientReport: (body) => `${body} (\u0111\u1EC3 b\xE1o c\xE1o);`,
      recipientArchive: "L\u01B0u: VT.",
      peoplesCommittee: (province) => `UBND ${province}`,
      signerHead: (consolidator) => /^sở\s/i.test(consolidator) ? "GI\xC1M \u0110\u1ED0C" : "TH\u1EE6 TR\u01AF\u1EDENG C\u01A0 QUAN",
      signerName: "(K\xFD, ghi r\xF5 h\u1ECD t\xEAn)",
      signerNote: "(K\xFD, \u0111\xF3ng d\u1EA5u)",
      percentNone: "\u2014",
      sheetReport: "B\xE1o c\xE1o",
      sheetAppendix: "Ph\u1EE5 l\u1EE5c",
      asOf: (d) => `S\u1ED1 li\u1EC7u t\xEDnh \u0111\u1EBFn ng\xE0y ${d}.`
    };
  }
});

// shared/calendar/calendar-file.ts
function parseCalendarJson(text2, base = DEFAULT_CALENDAR) {
  let data;
  try {
    data = JSON.parse(text2.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new ConfigFileError(
      ERROR_MESSAGES.calendarField("(t\u1EC7p)", FIELD_PROBLEMS.badJson(e.message))
    );
  }
  const obj = data && typeof data === "object" ? data : {};
  const out2 = { deadlines: { ...base.deadlines }, windows: { ...base.windows } };
  const md = (field, v) => {
    if (typeof v !== "string" || !MONTH_DAY_PATTERN.test(v))
      throw new ConfigFileError(ERROR_MESSAGES.calendarField(field, FIELD_PROBLEMS.badMonthDay));
    return v;
  };
  for (const k of Object.keys(out2.deadlines)) {
    if (obj.deadlines && k in obj.deadlines) out2.deadlines[k] = md(`deadlines.${k}`, obj.deadlines[k]);
  }
  for (const k of Object.keys(out2.windows)) {
    const w = obj.windows?.[k];
    if (w) out2.windows[k] = { from: md(`windows.${k}.from`, w.from), to: md(`windows.${k}.to`, w.to) };
  }
  return out2;
}
var init_calendar_file = __esm({
  "shared/calendar/calendar-file.ts"() {
    "use strict";
    init_errors();
    init_vi();
    init_calendar();
  }
});

// shared/presets/registry-presets.ts
function u(code, name, abbr, kind, parentBody) {
  return parentBody ? { code, name, abbr, kind, parentBody, active: true } : { code, name, abbr, kind, active: true };
}
function presetIds() {
  return Object.keys(REGISTRY_PRESETS);
}
function unitShort(code) {
  if (!/[_\-\s]/.test(code)) return code.toUpperCase();
  return code.split(/[_\-\s]+/).filter(Boolean).map((p) => p[0]).join("").toUpperCase();
}
function unitAbbr(unit) {
  return unit.abbr?.trim() || unitShort(unit.code);
}
function taskCodeUnit(unit) {
  return unitAbbr(unit).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "D").toUpperCase().replace(/[^A-Z0-9]/g, "");
}
function findUnit(registry, code) {
  const key = code.trim().toUpperCase();
  return registry.units.find((x2) => x2.code.toUpperCase() === key);
}
function parentBodyOf(registry, unit) {
  if (unit.parentBody) return unit.parentBody;
  if (unit.parent) {
    const p = findUnit(registry, unit.parent);
    if (p) return p.name;
    return unit.parent;
  }
  return unit.kind === "ubnd_huyen" || unit.kind === "ubnd_xa" ? registry.province : registry.governingBody;
}
function signerFor(unit) {
  const name = unit.name.trim().toLowerCase();
  switch (unit.kind) {
    case "ubnd_huyen":
    case "ubnd_xa":
      return { capacity: "TM. \u1EE6Y BAN NH\xC2N D\xC2N", title: "CH\u1EE6 T\u1ECACH" };
    case "luc_luong_vu_trang":
      return { capacity: name.startsWith("c\xF4ng an") ? "GI\xC1M \u0110\u1ED0C" : "CH\u1EC8 HUY TR\u01AF\u1EDENG", title: "" };
    case "bao_chi":
      return { capacity: name.startsWith("b\xE1o") ? "T\u1ED4NG BI\xCAN T\u1EACP" : "GI\xC1M \u0110\u1ED0C", title: "" };
    case "doan_the":
      return { capacity: "TM. BAN TH\u01AF\u1EDCNG V\u1EE4", title: "CH\u1EE6 T\u1ECACH" };
    default:
      if (name.startsWith("v\u0103n ph\xF2ng")) return { capacity: "CH\xC1NH V\u0102N PH\xD2NG", title: "" };
      if (name.startsWith("ban ")) return { capacity: "TR\u01AF\u1EDENG BAN", title: "" };
      return { capacity: "GI\xC1M \u0110\u1ED0C", title: "" };
  }
}
var FUNDING_BEFORE_2025, FUNDING_FROM_2025, BEFORE_2025, FROM_2025, REGISTRY_PRESETS, DEFAULT_PRESET;
var init_registry_presets = __esm({
  "shared/presets/registry-presets.ts"() {
    "use strict";
    FUNDING_BEFORE_2025 = ["NSNN t\u1EC9nh", "NSNN huy\u1EC7n/x\xE3", "Ch\u01B0\u01A1ng tr\xECnh MTQG", "X\xE3 h\u1ED9i h\xF3a", "Kh\xE1c"];
    FUNDING_FROM_2025 = ["NSNN t\u1EC9nh", "NSNN c\u1EA5p x\xE3", "Ch\u01B0\u01A1ng tr\xECnh MTQG", "X\xE3 h\u1ED9i h\xF3a", "Kh\xE1c"];
    BEFORE_2025 = {
      id: "mau-truoc-2025",
      province: "t\u1EC9nh M\u1EABu",
      place: "M\u1EABu",
      governingBody: "UBND T\u1EC8NH M\u1EAAU",
      consolidator: { name: "S\u1EDF Th\xF4ng tin v\xE0 Truy\u1EC1n th\xF4ng", short: "STTTT" },
      ministry: { name: "B\u1ED9 Th\xF4ng tin v\xE0 Truy\u1EC1n th\xF4ng (C\u1EE5c Th\xF4ng tin \u0111\u1ED1i ngo\u1EA1i)", short: "BTTTT" },
      fundingSources: FUNDING_BEFORE_2025,
      units: [
        u("SO_TTTT", "S\u1EDF Th\xF4ng tin v\xE0 Truy\u1EC1n th\xF4ng", "STTTT", "so_nganh"),
        u("SO_NGOAI_VU", "S\u1EDF Ngo\u1EA1i v\u1EE5", "SNgV", "so_nganh"),
        u("SO_VHTTDL", "S\u1EDF V\u0103n h\xF3a, Th\u1EC3 thao v\xE0 Du l\u1ECBch", "SVHTTDL", "so_nganh"),
        u("SO_KHDT", "S\u1EDF K\u1EBF ho\u1EA1ch v\xE0 \u0110\u1EA7u t\u01B0", "SKH\u0110T", "so_nganh"),
        u("SO_CONG_THUONG", "S\u1EDF C\xF4ng Th\u01B0\u01A1ng", "SCT", "so_nganh"),
        u("SO_TAI_CHINH", "S\u1EDF T\xE0i ch\xEDnh", "STC", "so_nganh"),
        u("SO_NOI_VU", "S\u1EDF N\u1ED9i v\u1EE5", "SNV", "so_nganh"),
        u("SO_LDTBXH", "S\u1EDF Lao \u0111\u1ED9ng - Th\u01B0\u01A1ng binh v\xE0 X\xE3 h\u1ED9i", "SL\u0110TBXH", "so_nganh"),
        u("CONG_AN_TINH", "C\xF4ng an t\u1EC9nh M\u1EABu", "CAT", "luc_luong_vu_trang", "B\u1ED8 C\xD4NG AN"),
        u("BO_CHQS_TINH", "B\u1ED9 Ch\u1EC9 huy Qu\xE2n s\u1EF1 t\u1EC9nh M\u1EABu", "BCHQS", "luc_luong_vu_trang", "QU\xC2N KHU 1"),
        u(
          "BO_CH_BDBP",
          "B\u1ED9 Ch\u1EC9 huy B\u1ED9 \u0111\u1ED9i Bi\xEAn ph\xF2ng t\u1EC9nh M\u1EABu",
          "B\u0110BP",
          "luc_luong_vu_trang",
          "B\u1ED8 T\u01AF L\u1EC6NH B\u1ED8 \u0110\u1ED8I BI\xCAN PH\xD2NG"
        ),
        u("BAN_DAN_TOC", "Ban D\xE2n t\u1ED9c t\u1EC9nh M\u1EABu", "BDT", "so_nganh"),
        u("VP_UBND_TINH", "V\u0103n ph\xF2ng UBND t\u1EC9nh", "VPUBND", "so_nganh"),
        u("TT_XTDT", "Trung t\xE2m X\xFAc ti\u1EBFn \u0111\u1EA7u t\u01B0", "TTXT\u0110T", "khac"),
        u("LIEN_HIEP_HUU_NGHI", "Li\xEAn hi\u1EC7p c\xE1c t\u1ED5 ch\u1EE9c h\u1EEFu ngh\u1ECB t\u1EC9nh M\u1EABu", "LHHN", "doan_the"),
        u("BAO_TINH", "B\xE1o M\u1EABu", "BM", "bao_chi"),
        u("DAI_PTTH", "\u0110\xE0i Ph\xE1t thanh v\xE0 Truy\u1EC1n h\xECnh t\u1EC9nh M\u1EABu", "PTTH", "bao_chi"),
        u("UBND_TP_MAU", "UBND th\xE0nh ph\u1ED1 M\u1EABu", "UBNDTP", "ubnd_huyen"),
        u("UBND_H_DONG_SON", "UBND huy\u1EC7n \u0110\xF4ng S\u01A1n", "UBND\u0110S", "ubnd_huyen"),
        u("UBND_H_TAY_SON", "UBND huy\u1EC7n T\xE2y S\u01A1n", "UBNDTS", "ubnd_huyen"),
        u("UBND_H_NAM_SON", "UBND huy\u1EC7n Nam S\u01A1n", "UBNDNS", "ubnd_huyen"),
        u("UBND_H_BAC_SON", "UBND huy\u1EC7n B\u1EAFc S\u01A1n", "UBNDBS", "ubnd_huyen")
      ]
    };
    FROM_2025 = {
      id: "mau-tu-2025",
      province: "t\u1EC9nh M\u1EABu",
      place: "M\u1EABu",
      governingBody: "UBND T\u1EC8NH M\u1EAAU",
      consolidator: { name: "S\u1EDF V\u0103n h\xF3a, Th\u1EC3 thao v\xE0 Du l\u1ECBch", short: "SVHTTDL" },
      ministry: {
        name: "B\u1ED9 V\u0103n h\xF3a, Th\u1EC3 thao v\xE0 Du l\u1ECBch (C\u1EE5c Th\xF4ng tin c\u01A1 s\u1EDF v\xE0 Th\xF4ng tin \u0111\u1ED1i ngo\u1EA1i)",
        short: "BVHTTDL"
      },
      fundingSources: FUNDING_FROM_2025,
      units: [
        u("SO_VHTTDL", "S\u1EDF V\u0103n h\xF3a, Th\u1EC3 thao v\xE0 Du l\u1ECBch", "SVHTTDL", "so_nganh"),
        u("SO_NGOAI_VU", "S\u1EDF Ngo\u1EA1i v\u1EE5", "SNgV", "so_nganh"),
        u("SO_TAI_CHINH", "S\u1EDF T\xE0i ch\xEDnh", "STC", "so_nganh"),
        u("SO_CONG_THUONG", "S\u1EDF C\xF4ng Th\u01B0\u01A1ng", "SCT", "so_nganh"),
        u("SO_NOI_VU", "S\u1EDF N\u1ED9i v\u1EE5", "SNV", "so_nganh"),
        u("SO_KHCN", "S\u1EDF Khoa h\u1ECDc v\xE0 C\xF4ng ngh\u1EC7", "SKHCN", "so_nganh"),
        u("SO_DAN_TOC_TON_GIAO", "S\u1EDF D\xE2n t\u1ED9c v\xE0 T\xF4n gi\xE1o", "SDTTG", "so_nganh"),
        u("CONG_AN_TINH", "C\xF4ng an t\u1EC9nh M\u1EABu", "CAT", "luc_luong_vu_trang", "B\u1ED8 C\xD4NG AN"),
        u("BO_CHQS_TINH", "B\u1ED9 Ch\u1EC9 huy Qu\xE2n s\u1EF1 t\u1EC9nh M\u1EABu", "BCHQS", "luc_luong_vu_trang", "QU\xC2N KHU 1"),
        u(
          "BO_CH_BDBP",
          "B\u1ED9 Ch\u1EC9 huy B\u1ED9 \u0111\u1ED9i Bi\xEAn ph\xF2ng t\u1EC9nh M\u1EABu",
          "B\u0110BP",
          "luc_luong_vu_trang",
          "B\u1ED8 T\u01AF L\u1EC6NH B\u1ED8 \u0110\u1ED8I BI\xCAN PH\xD2NG"
        ),
        u("VP_UBND_TINH", "V\u0103n ph\xF2ng UBND t\u1EC9nh", "VPUBND", "so_nganh"),
        u("TT_XTDT", "Trung t\xE2m X\xFAc ti\u1EBFn \u0110\u1EA7u t\u01B0, Th\u01B0\u01A1ng m\u1EA1i v\xE0 Du l\u1ECBch", "TTXT\u0110TTMDL", "khac"),
        u("LIEN_HIEP_HUU_NGHI", "Li\xEAn hi\u1EC7p c\xE1c t\u1ED5 ch\u1EE9c h\u1EEFu ngh\u1ECB t\u1EC9nh M\u1EABu", "LHHN", "doan_the"),
        u("BAO_PTTH", "B\xE1o v\xE0 Ph\xE1t thanh, Truy\u1EC1n h\xECnh M\u1EABu", "BPTTH", "bao_chi"),
        u("UBND_P_TRUNG_TAM", "UBND ph\u01B0\u1EDDng Trung T\xE2m", "UBNDPTT", "ubnd_xa"),
        u("UBND_P_BAC_HA", "UBND ph\u01B0\u1EDDng B\u1EAFc H\xE0", "UBNDPBH", "ubnd_xa"),
        u("UBND_X_DONG_SON", "UBND x\xE3 \u0110\xF4ng S\u01A1n", "UBNDX\u0110S", "ubnd_xa"),
        u("UBND_X_TAY_SON", "UBND x\xE3 T\xE2y S\u01A1n", "UBNDXTS", "ubnd_xa"),
        u("UBND_X_NAM_SON", "UBND x\xE3 Nam S\u01A1n", "UBNDXNS", "ubnd_xa"),
        u("UBND_X_BAC_SON", "UBND x\xE3 B\u1EAFc S\u01A1n", "UBNDXBS", "ubnd_xa"),
        u("UBND_X_BIEN_GIOI", "UBND x\xE3 Bi\xEAn Gi\u1EDBi", "UBNDXBG", "ubnd_xa"),
        u("UBND_X_CUA_KHAU", "UBND x\xE3 C\u1EEDa Kh\u1EA9u", "UBNDXCK", "ubnd_xa")
      ]
    };
    REGISTRY_PRESETS = {
      "mau-truoc-2025": BEFORE_2025,
      "mau-tu-2025": FROM_2025
    };
    DEFAULT_PRESET = "mau-tu-2025";
  }
});

// shared/text/normalize.ts
function isClean(s) {
  let space = true;
  for (let i2 = 0; i2 < s.length; i2++) {
    const c = s.charCodeAt(i2);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if (c >= 33 && c <= 126 || c >= 192 && c <= 591 || c >= 7680 && c <= 7935 || c === 8211 || c === 8212 || c === 8216 || c === 8217 || c === 8220 || c === 8221 || c === 8230)
      space = false;
    else return false;
  }
  return !space;
}
function cleanText(s) {
  if (isClean(s)) return s;
  return s.normalize("NFC").replace(/[\u200B-\u200D\uFEFF]/g, "").replace(/[\u00A0\u2007\u202F\t]/g, " ").replace(/ {2,}/g, " ").trim();
}
function foldKey(s) {
  if (s.length > FOLD_CACHE_KEY_LENGTH) return fold(s);
  let key = folded.get(s);
  if (key === void 0) {
    key = fold(s);
    if (folded.size >= FOLD_CACHE_ENTRIES) folded.clear();
    folded.set(s, key);
  }
  return key;
}
function fold(s) {
  return cleanText(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}
function looksLikeFormula(s) {
  return /^[=+\-@\t\r]/.test(s);
}
var folded, FOLD_CACHE_ENTRIES, FOLD_CACHE_KEY_LENGTH, CanonicalList;
var init_normalize = __esm({
  "shared/text/normalize.ts"() {
    "use strict";
    folded = /* @__PURE__ */ new Map();
    FOLD_CACHE_ENTRIES = 2e4;
    FOLD_CACHE_KEY_LENGTH = 200;
    CanonicalList = class {
      constructor(values) {
        this.values = values;
        for (const v of values) this.byKey.set(foldKey(v), v);
        this.exact = new Set(values);
      }
      values;
      byKey = /* @__PURE__ */ new Map();
      exact;
      match(input2) {
        return this.exact.has(input2) ? input2 : this.byKey.get(foldKey(input2));
      }
    };
  }
});

// shared/presets/registry-file.ts
function fail(line, field, problem) {
  throw new ConfigFileError(ERROR_MESSAGES.registryLine(line, field, problem));
}
function parseActive(v, line) {
  if (v === void 0 || v === null || v === "") return true;
  if (typeof v === "boolean") return v;
  const s = typeof v === "string" || typeof v === "number" ? cleanText(String(v)).toLowerCase() : "?";
  if (["true", "1", "c\xF3", "co", "x", "yes"].includes(s)) return true;
  if (["false", "0", "kh\xF4ng", "khong", "no"].includes(s)) return false;
  return fail(line, "active", FIELD_PROBLEMS.badBoolean);
}
function toUnit(raw, line) {
  const str = (k) => {
    const v = raw[k];
    return typeof v === "string" || typeof v === "number" ? cleanText(String(v)) : "";
  };
  const code = str("code").toUpperCase();
  if (!code) fail(line, "code", FIELD_PROBLEMS.required);
  if (!CODE.test(code)) fail(line, "code", FIELD_PROBLEMS.badCode);
  const name = str("name");
  if (!name) fail(line, "name", FIELD_PROBLEMS.required);
  const kind = str("kind");
  if (!UNIT_KINDS.includes(kind))
    fail(line, "kind", FIELD_PROBLEMS.badKind(UNIT_KINDS));
  const unit = { code, name, kind, active: parseActive(raw.active, line) };
  const abbr = str("abbr");
  if (abbr) {
    if (!ABBR.test(abbr)) fail(line, "abbr", FIELD_PROBLEMS.badAbbr);
    unit.abbr = abbr;
  }
  const parentBody = str("parentBody") || str("parent_body");
  if (parentBody) unit.parentBody = parentBody;
  const parent = str("parent").toUpperCase();
  if (parent) unit.parent = parent;
  const email = str("email");
  if (email) {
    if (!EMAIL.test(email)) fail(line, "email", FIELD_PROBLEMS.badEmail);
    unit.email = email;
  }
  return unit;
}
function checkUnits(units, lines) {
  const seen = /* @__PURE__ */ new Map();
  units.forEach((u2, i2) => {
    const prev = seen.get(u2.code);
    if (prev !== void 0) fail(lines[i2], "code", FIELD_PROBLEMS.duplicate(prev));
    seen.set(u2.code, lines[i2]);
  });
  const abbrs = /* @__PURE__ */ new Map();
  units.forEach((u2, i2) => {
    const key = taskCodeUnit(u2);
    const prev = abbrs.get(key);
    if (prev !== void 0) fail(lines[i2], "abbr", FIELD_PROBLEMS.duplicateAbbr(unitAbbr(u2), prev));
    abbrs.set(key, lines[i2]);
  });
  units.forEach((u2, i2) => {
    if (u2.parent && !seen.has(u2.parent)) fail(lines[i2], "parent", FIELD_PROBLEMS.unknownParent(u2.parent));
  });
}
function authority(v, fallback) {
  if (typeof v === "string" && v.trim()) return { name: cleanText(v) };
  if (v && typeof v === "object" && typeof v.name === "string")
    return { name: cleanText(v.name), short: v.short };
  return fallback;
}
function parseRegistryJson(text2, base = REGISTRY_PRESETS["mau-tu-2025"]) {
  let data;
  try {
    data = JSON.parse(text2.replace(/^\uFEFF/, ""));
  } catch (e) {
    return fail(1, "(t\u1EC7p)", FIELD_PROBLEMS.badJson(e.message));
  }
  const obj = Array.isArray(data) ? { units: data } : data;
  if (!obj || typeof obj !== "object" || !Array.isArray(obj.units))
    return fail(1, "units", FIELD_PROBLEMS.badShape);
  const rawUnits = obj.units;
  const units = rawUnits.map(
    (u2, i2) => u2 && typeof u2 === "object" ? toUnit(u2, i2 + 1) : fail(i2 + 1, "units", FIELD_PROBLEMS.badShape)
  );
  checkUnits(
    units,
    units.map((_, i2) => i2 + 1)
  );
  const str = (k, d) => typeof obj[k] === "string" && obj[k].trim() ? cleanText(obj[k]) : d;
  const province = str("province", base.province);
  const governingBody = str(
    "governingBody",
    province === base.province ? base.governingBody : `UBND ${province.toUpperCase()}`
  );
  const funding = Array.isArray(obj.fundingSources) ? obj.fundingSources.filter((x2) => typeof x2 === "string").map(cleanText) : base.fundingSources;
  return {
    id: str("id", "tep-rieng"),
    province,
    place: str("place", province === base.province ? base.place : placeOf(province)),
    governingBody,
    ...funding ? { fundingSources: funding } : {},
    consolidator: authority(obj.consolidator, base.consolidator),
    ministry: authority(obj.ministry, base.ministry),
    units
  };
}
function parseRegistryRows(rows, base = REGISTRY_PRESETS["mau-tu-2025"]) {
  const header = (rows[0] ?? []).map(
    (h, i2) => cleanText(i2 === 0 ? h.replace(/^\uFEFF/, "") : h).toLowerCase()
  );
  while (header.length && !header[header.length - 1]) header.pop();
  const expected = REGISTRY_CSV_HEADER.join(",");
  const known = [...REGISTRY_CSV_HEADER, ...REGISTRY_CSV_EXTRA];
  if (REQUIRED_COLUMNS.some((c) => !header.includes(c)) || header.some((h) => !known.includes(h)) || new Set(header).size !== header.length)
    return fail(1, header.join(",") || "(tr\u1ED1ng)", FIELD_PROBLEMS.badHeader(expected));
  const units = [];
  const lines = [];
  rows.slice(1).forEach((cells, i2) => {
    if (cells.every((c) => !c.trim())) return;
    const raw = {};
    header.forEach((h, j) => raw[h] = cells[j] ?? "");
    units.push(toUnit(raw, i2 + 2));
    lines.push(i2 + 2);
  });
  checkUnits(units, lines);
  return { ...base, id: "tep-rieng", units };
}
function placeOf(province) {
  return province.replace(/^(tỉnh|thành phố)\s+/i, "");
}
var REGISTRY_CSV_HEADER, REGISTRY_CSV_EXTRA, REQUIRED_COLUMNS, ABBR, CODE, EMAIL;
var init_registry_file = __esm({
  "shared/presets/registry-file.ts"() {
    "use strict";
    init_errors();
    init_types();
    init_vi();
    init_normalize();
    init_registry_presets();
    REGISTRY_CSV_HEADER = ["code", "name", "abbr", "kind", "parent", "email", "active"];
    REGISTRY_CSV_EXTRA = ["parent_body"];
    REQUIRED_COLUMNS = ["code", "name", "kind"];
    ABBR = /^[\p{L}\p{N}&]{1,20}$/u;
    CODE = /^[A-Z0-9_]+$/;
    EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
  }
});

// shared/grid/a1.ts
function columnLetter(col) {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
function columnNumber(letters) {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function cellRef(row, col) {
  return `${columnLetter(col)}${row}`;
}
function absRef(row, col) {
  return `$${columnLetter(col)}$${row}`;
}
function rangeRef(box, absolute2 = false) {
  const f = absolute2 ? absRef : cellRef;
  const a = f(box.top, box.left);
  return box.top === box.bottom && box.left === box.right ? a : `${a}:${f(box.bottom, box.right)}`;
}
function parseRange(ref) {
  const bang = ref.lastIndexOf("!");
  const body = (bang >= 0 ? ref.slice(bang + 1) : ref).replace(/\$/g, "");
  const m = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(body);
  if (!m) return null;
  const top = Number(m[2]);
  const left = columnNumber(m[1]);
  const bottom = m[4] ? Number(m[4]) : top;
  const right = m[3] ? columnNumber(m[3]) : left;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right)
  };
}
function quoteSheet(name) {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
var init_a1 = __esm({
  "shared/grid/a1.ts"() {
    "use strict";
  }
});

// shared/grid/workbook-grid.ts
var MapSheetGrid;
var init_workbook_grid = __esm({
  "shared/grid/workbook-grid.ts"() {
    "use strict";
    MapSheetGrid = class {
      constructor(name, state = "visible") {
        this.name = name;
        this.state = state;
      }
      name;
      state;
      cells = /* @__PURE__ */ new Map();
      rowCount = 0;
      columnCount = 0;
      merges = [];
      set(row, col, cell2) {
        const c = cell2 !== null && typeof cell2 === "object" && !(cell2 instanceof Date) ? cell2 : { value: cell2 };
        this.cells.set(row * 16384 + col, c);
        if (row > this.rowCount) this.rowCount = row;
        if (col > this.columnCount) this.columnCount = col;
        return this;
      }
      cell(row, col) {
        return this.cells.get(row * 16384 + col);
      }
    };
  }
});

// shared/grid/model-grid.ts
var init_model_grid = __esm({
  "shared/grid/model-grid.ts"() {
    "use strict";
    init_workbook_grid();
  }
});

// shared/templates/spec-types.ts
var META_SHEET, LISTS_SHEET, NAME_DOC_NUMBER, NAME_REPORT_DATE;
var init_spec_types = __esm({
  "shared/templates/spec-types.ts"() {
    "use strict";
    META_SHEET = "_ttdn";
    LISTS_SHEET = "_lists";
    NAME_DOC_NUMBER = "TTDN_SoKyHieu";
    NAME_REPORT_DATE = "TTDN_NgayBaoCao";
  }
});

// shared/templates/common-parts.ts
var LEAD_COLUMNS, CLOSING;
var init_common_parts = __esm({
  "shared/templates/common-parts.ts"() {
    "use strict";
    LEAD_COLUMNS = [
      { key: "stt", header: "STT", type: "seq", width: 4 },
      { key: "maNhiemVu", header: "M\xE3 nhi\u1EC7m v\u1EE5", type: "task-code", width: 9 },
      {
        key: "nhomNhiemVu",
        header: "Nh\xF3m nhi\u1EC7m v\u1EE5",
        type: "list",
        list: "nhomNhiemVu",
        width: 10,
        required: true
      }
    ];
    CLOSING = {
      // Empty: the signature lines come from the unit's kind (`signerFor`), into input cells.
      signer: { capacity: "", title: "", name: "" },
      recipients: ["{consolidator} (\u0111\u1EC3 t\u1ED5ng h\u1EE3p);", "L\u01B0u: VT."]
    };
  }
});

// shared/templates/tt22-pl01-ke-hoach.ts
var PLAN_COLUMNS, FUNDING_ANY_ERA, TT22_PL01_V1_1, TT22_PL01_V1;
var init_tt22_pl01_ke_hoach = __esm({
  "shared/templates/tt22-pl01-ke-hoach.ts"() {
    "use strict";
    init_activity_groups();
    init_registry_presets();
    init_common_parts();
    PLAN_COLUMNS = [
      ...LEAD_COLUMNS,
      {
        key: "tenNhiemVu",
        header: "T\xEAn nhi\u1EC7m v\u1EE5/ho\u1EA1t \u0111\u1ED9ng",
        type: "text",
        width: 12,
        required: true,
        maxLength: 500
      },
      { key: "noiDung", header: "N\u1ED9i dung ch\u1EE7 y\u1EBFu", type: "text", width: 12, maxLength: 2e3 },
      { key: "hinhThuc", header: "H\xECnh th\u1EE9c th\u1EF1c hi\u1EC7n", type: "text", width: 7, maxLength: 500 },
      { key: "chuTri", header: "C\u01A1 quan ch\u1EE7 tr\xEC", type: "text", width: 7, required: true, maxLength: 300 },
      { key: "phoiHop", header: "C\u01A1 quan ph\u1ED1i h\u1EE3p", type: "text", width: 7, maxLength: 500 },
      { key: "tuNgay", header: "Th\u1EDDi gian t\u1EEB", type: "date-span", spanEnd: "from", window: "period", width: 10 },
      { key: "denNgay", header: "Th\u1EDDi gian \u0111\u1EBFn", type: "date-span", spanEnd: "to", window: "period", width: 10 },
      {
        key: "kinhPhi",
        header: "Kinh ph\xED d\u1EF1 ki\u1EBFn (tri\u1EC7u \u0111\u1ED3ng)",
        type: "number",
        decimals: 3,
        width: 8,
        total: true
      },
      { key: "nguonKinhPhi", header: "Ngu\u1ED3n kinh ph\xED", type: "list", list: "nguonKinhPhi", width: 8 },
      { key: "ghiChu", header: "Ghi ch\xFA", type: "text", width: 6, maxLength: 1e3 }
    ];
    FUNDING_ANY_ERA = [.../* @__PURE__ */ new Set([...FUNDING_FROM_2025, ...FUNDING_BEFORE_2025, ...FUNDING_SOURCES])];
    TT22_PL01_V1_1 = {
      id: "tt22-pl01",
      version: "1.1",
      kinds: ["ke-hoach-nam"],
      sheetName: "Ke hoach",
      docType: "KH",
      orientation: "landscape",
      titles: { "ke-hoach-nam": "K\u1EBE HO\u1EA0CH HO\u1EA0T \u0110\u1ED8NG TH\xD4NG TIN \u0110\u1ED0I NGO\u1EA0I N\u0102M {year}" },
      lists: { nhomNhiemVu: DEFAULT_ACTIVITY_GROUPS, nguonKinhPhi: FUNDING_ANY_ERA },
      sections: [
        {
          type: "narrative",
          name: "TTDN_MucDich",
          key: "mucDich",
          heading: "I. M\u1EE4C \u0110\xCDCH, Y\xCAU C\u1EA6U",
          hint: "M\u1EE5c \u0111\xEDch, y\xEAu c\u1EA7u c\u1EE7a k\u1EBF ho\u1EA1ch (kh\xF4ng b\u1EAFt bu\u1ED9c).",
          maxLength: 8e3
        },
        {
          type: "table",
          name: "TTDN_KeHoach",
          heading: "II. NHI\u1EC6M V\u1EE4, HO\u1EA0T \u0110\u1ED8NG",
          bodyRows: 20,
          totalLabel: "T\u1ED5ng c\u1ED9ng",
          columns: PLAN_COLUMNS
        },
        {
          type: "narrative",
          name: "TTDN_ToChuc",
          key: "toChuc",
          heading: "III. T\u1ED4 CH\u1EE8C TH\u1EF0C HI\u1EC6N",
          hint: "Ph\xE2n c\xF4ng, kinh ph\xED, ch\u1EBF \u0111\u1ED9 b\xE1o c\xE1o (kh\xF4ng b\u1EAFt bu\u1ED9c).",
          maxLength: 8e3
        }
      ],
      rules: [
        { type: "date-order", from: "tuNgay", to: "denNgay" },
        { type: "unique", column: "maNhiemVu" },
        { type: "duplicate-rows", columns: ["nhomNhiemVu", "tenNhiemVu", "tuNgay", "denNgay"] }
      ],
      ...CLOSING
    };
    TT22_PL01_V1 = {
      id: "tt22-pl01",
      version: "1.0",
      kinds: ["ke-hoach-nam"],
      sheetName: "Ke hoach",
      docType: "KH",
      orientation: "landscape",
      titles: { "ke-hoach-nam": "K\u1EBE HO\u1EA0CH HO\u1EA0T \u0110\u1ED8NG TH\xD4NG TIN \u0110\u1ED0I NGO\u1EA0I N\u0102M {year}" },
      lists: { nhomNhiemVu: DEFAULT_ACTIVITY_GROUPS, nguonKinhPhi: FUNDING_SOURCES },
      sections: [
        {
          type: "table",
          name: "TTDN_KeHoach",
          bodyRows: 20,
          totalLabel: "T\u1ED5ng c\u1ED9ng",
          columns: [
            ...LEAD_COLUMNS,
            {
              key: "tenNhiemVu",
              header: "T\xEAn nhi\u1EC7m v\u1EE5/ho\u1EA1t \u0111\u1ED9ng",
              type: "text",
              width: 32,
              required: true,
              maxLength: 500
            },
            { key: "noiDung", header: "N\u1ED9i dung ch\u1EE7 y\u1EBFu", type: "text", width: 32, maxLength: 2e3 },
            { key: "hinhThuc", header: "H\xECnh th\u1EE9c th\u1EF1c hi\u1EC7n", type: "text", width: 18, maxLength: 500 },
            { key: "chuTri", header: "C\u01A1 quan ch\u1EE7 tr\xEC", type: "text", width: 18, required: true, maxLength: 300 },
            { key: "phoiHop", header: "C\u01A1 quan ph\u1ED1i h\u1EE3p", type: "text", width: 18, maxLength: 500 },
            {
              key: "tuNgay",
              header: "Th\u1EDDi gian t\u1EEB",
              type: "date-span",
              spanEnd: "from",
              window: "period",
              width: 12
            },
            {
              key: "denNgay",
              header: "Th\u1EDDi gian \u0111\u1EBFn",
              type: "date-span",
              spanEnd: "to",
              window: "period",
              width: 12
            },
            {
              key: "kinhPhi",
              header: "Kinh ph\xED d\u1EF1 ki\u1EBFn (tri\u1EC7u \u0111\u1ED3ng)",
              type: "number",
              decimals: 3,
              width: 13,
              total: true
            },
            { key: "nguonKinhPhi", header: "Ngu\u1ED3n kinh ph\xED", type: "list", list: "nguonKinhPhi", width: 16 },
            { key: "ghiChu", header: "Ghi ch\xFA", type: "text", width: 16, maxLength: 1e3 }
          ]
        }
      ],
      rules: [
        { type: "date-order", from: "tuNgay", to: "denNgay" },
        { type: "unique", column: "maNhiemVu" },
        { type: "duplicate-rows", columns: ["nhomNhiemVu", "tenNhiemVu", "tuNgay", "denNgay"] }
      ],
      ...CLOSING
    };
  }
});

// shared/templates/tt22-pl02-bao-cao.ts
var DEFAULT_INDICATORS, TT22_PL02_V1;
var init_tt22_pl02_bao_cao = __esm({
  "shared/templates/tt22-pl02-bao-cao.ts"() {
    "use strict";
    init_activity_groups();
    init_common_parts();
    DEFAULT_INDICATORS = [
      { code: "CT01", name: "V\u0103n b\u1EA3n ch\u1EC9 \u0111\u1EA1o, h\u01B0\u1EDBng d\u1EABn v\u1EC1 TT\u0110N \u0111\u01B0\u1EE3c ban h\xE0nh", unit: "v\u0103n b\u1EA3n" },
      { code: "CT02", name: "Tin, b\xE0i, \u1EA3nh TT\u0110N tr\xEAn b\xE1o in, b\xE1o \u0111i\u1EC7n t\u1EED", unit: "tin/b\xE0i" },
      { code: "CT03", name: "Tin, b\xE0i tr\xEAn c\u1ED5ng/trang th\xF4ng tin \u0111i\u1EC7n t\u1EED v\xE0 m\u1EA1ng x\xE3 h\u1ED9i", unit: "tin/b\xE0i" },
      { code: "CT04", name: "Ch\u01B0\u01A1ng tr\xECnh, ph\xF3ng s\u1EF1 ph\xE1t thanh, truy\u1EC1n h\xECnh", unit: "ch\u01B0\u01A1ng tr\xECnh" },
      { code: "CT05", name: "S\u1EA3n ph\u1EA9m TT\u0110N b\u1EB1ng ti\u1EBFng n\u01B0\u1EDBc ngo\xE0i", unit: "s\u1EA3n ph\u1EA9m" },
      { code: "CT06", name: "S\u1EA3n ph\u1EA9m TT\u0110N b\u1EB1ng ti\u1EBFng d\xE2n t\u1ED9c thi\u1EC3u s\u1ED1", unit: "s\u1EA3n ph\u1EA9m" },
      { code: "CT07", name: "\u1EA4n ph\u1EA9m TT\u0110N \u0111\u01B0\u1EE3c xu\u1EA5t b\u1EA3n", unit: "\u1EA5n ph\u1EA9m" },
      { code: "CT08", name: "S\u1ED1 b\u1EA3n, l\u01B0\u1EE3t ph\xE1t h\xE0nh \u1EA5n ph\u1EA9m", unit: "b\u1EA3n" },
      { code: "CT09", name: "H\u1ECDp b\xE1o, cung c\u1EA5p th\xF4ng tin cho b\xE1o ch\xED", unit: "cu\u1ED9c" },
      { code: "CT10", name: "L\u1EDBp t\u1EADp hu\u1EA5n, b\u1ED3i d\u01B0\u1EE1ng", unit: "l\u1EDBp" },
      { code: "CT11", name: "L\u01B0\u1EE3t ng\u01B0\u1EDDi \u0111\u01B0\u1EE3c t\u1EADp hu\u1EA5n", unit: "l\u01B0\u1EE3t ng\u01B0\u1EDDi" },
      { code: "CT12", name: "\u0110o\xE0n ph\xF3ng vi\xEAn n\u01B0\u1EDBc ngo\xE0i \u0111\u01B0\u1EE3c qu\u1EA3n l\xFD, h\u01B0\u1EDBng d\u1EABn", unit: "\u0111o\xE0n" },
      { code: "CT13", name: "S\u1EF1 ki\u1EC7n, h\u1ED9i ch\u1EE3, tri\u1EC3n l\xE3m, x\xFAc ti\u1EBFn c\xF3 ho\u1EA1t \u0111\u1ED9ng TT\u0110N", unit: "s\u1EF1 ki\u1EC7n" },
      { code: "CT14", name: "\u0110o\xE0n ra, \u0111o\xE0n v\xE0o c\xF3 ho\u1EA1t \u0111\u1ED9ng TT\u0110N", unit: "\u0111o\xE0n" },
      { code: "CT15", name: "Tin, b\xE0i \u0111\u1EA5u tranh ph\u1EA3n b\xE1c th\xF4ng tin sai tr\xE1i", unit: "tin/b\xE0i" },
      { code: "CT16", name: "C\u1EE5m th\xF4ng tin \u0111i\u1EC7n t\u1EED \u0111\u1ED1i ngo\u1EA1i \u0111\u01B0\u1EE3c thi\u1EBFt l\u1EADp, duy tr\xEC", unit: "c\u1EE5m" },
      { code: "CT17", name: "Kinh ph\xED th\u1EF1c hi\u1EC7n", unit: "tri\u1EC7u \u0111\u1ED3ng", money: true }
    ];
    TT22_PL02_V1 = {
      id: "tt22-pl02",
      version: "1.0",
      kinds: ["bao-cao-6-thang", "bao-cao-nam", "bao-cao-dot-xuat"],
      sheetName: "Bao cao",
      docType: "BC",
      orientation: "landscape",
      titles: {
        "bao-cao-6-thang": "B\xC1O C\xC1O K\u1EBET QU\u1EA2 HO\u1EA0T \u0110\u1ED8NG TH\xD4NG TIN \u0110\u1ED0I NGO\u1EA0I 6 TH\xC1NG \u0110\u1EA6U N\u0102M {year}",
        "bao-cao-nam": "B\xC1O C\xC1O K\u1EBET QU\u1EA2 HO\u1EA0T \u0110\u1ED8NG TH\xD4NG TIN \u0110\u1ED0I NGO\u1EA0I N\u0102M {year}",
        "bao-cao-dot-xuat": "B\xC1O C\xC1O \u0110\u1ED8T XU\u1EA4T K\u1EBET QU\u1EA2 HO\u1EA0T \u0110\u1ED8NG TH\xD4NG TIN \u0110\u1ED0I NGO\u1EA0I N\u0102M {year}"
      },
      lists: { nhomNhiemVu: DEFAULT_ACTIVITY_GROUPS, tinhTrang: ACTIVITY_STATUSES },
      sections: [
        {
          type: "narrative",
          name: "TTDN_ChiDao",
          key: "chiDao",
          heading: "I. C\xD4NG T\xC1C CH\u1EC8 \u0110\u1EA0O, \u0110I\u1EC0U H\xC0NH",
          hint: "V\u0103n b\u1EA3n ch\u1EC9 \u0111\u1EA1o, h\u01B0\u1EDBng d\u1EABn, k\u1EBF ho\u1EA1ch \u0111\xE3 ban h\xE0nh; c\xF4ng t\xE1c ph\u1ED1i h\u1EE3p.",
          maxLength: 8e3
        },
        { type: "heading", text: "II. K\u1EBET QU\u1EA2 TH\u1EF0C HI\u1EC6N" },
        {
          type: "table",
          name: "TTDN_HoatDong",
          heading: "1. K\u1EBFt qu\u1EA3 th\u1EF1c hi\u1EC7n c\xE1c nhi\u1EC7m v\u1EE5, ho\u1EA1t \u0111\u1ED9ng",
          bodyRows: 20,
          columns: [
            ...LEAD_COLUMNS,
            {
              key: "tenHoatDong",
              header: "T\xEAn ho\u1EA1t \u0111\u1ED9ng",
              type: "text",
              width: 18,
              required: true,
              maxLength: 500
            },
            { key: "ketQua", header: "K\u1EBFt qu\u1EA3 c\u1EE5 th\u1EC3", type: "text", width: 24, maxLength: 2e3 },
            {
              key: "thoiGian",
              header: "Th\u1EDDi gian th\u1EF1c hi\u1EC7n",
              type: "date-span",
              spanEnd: "from",
              window: "period",
              width: 10
            },
            { key: "phoiHop", header: "C\u01A1 quan ph\u1ED1i h\u1EE3p", type: "text", width: 10, maxLength: 500 },
            { key: "kinhPhi", header: "Kinh ph\xED th\u1EF1c hi\u1EC7n (tri\u1EC7u \u0111\u1ED3ng)", type: "number", decimals: 3, width: 8 },
            {
              key: "tinhTrang",
              header: "T\xECnh tr\u1EA1ng",
              type: "list",
              list: "tinhTrang",
              width: 10,
              required: true
            },
            { key: "ghiChu", header: "Ghi ch\xFA", type: "text", width: 7, maxLength: 1e3 }
          ]
        },
        { type: "indicators", name: "TTDN_ChiTieu", heading: "2. Bi\u1EC3u s\u1ED1 li\u1EC7u", indicators: DEFAULT_INDICATORS },
        {
          type: "narrative",
          name: "TTDN_DanhGia",
          key: "danhGia",
          heading: "III. \u0110\xC1NH GI\xC1 CHUNG",
          hint: "1. \u01AFu \u0111i\u1EC3m. 2. H\u1EA1n ch\u1EBF, kh\xF3 kh\u0103n. 3. Nguy\xEAn nh\xE2n.",
          maxLength: 8e3
        },
        {
          type: "narrative",
          name: "TTDN_PhuongHuong",
          key: "phuongHuong",
          heading: "IV. PH\u01AF\u01A0NG H\u01AF\u1EDANG, NHI\u1EC6M V\u1EE4 TH\u1EDCI GIAN T\u1EDAI",
          hint: "Nhi\u1EC7m v\u1EE5 tr\u1ECDng t\xE2m k\u1EF3 t\u1EDBi.",
          maxLength: 8e3
        },
        {
          type: "narrative",
          name: "TTDN_KienNghi",
          key: "kienNghi",
          heading: "V. \u0110\u1EC0 XU\u1EA4T, KI\u1EBEN NGH\u1ECA",
          hint: "\u0110\u1EC1 xu\u1EA5t, ki\u1EBFn ngh\u1ECB v\u1EDBi c\u1EA5p tr\xEAn.",
          maxLength: 8e3
        }
      ],
      rules: [
        { type: "indicator-requires", indicator: "CT11", requires: "CT10" },
        { type: "budget-vs-indicator", column: "kinhPhi", indicator: "CT17", tolerance: 0.05 },
        { type: "task-in-plan", column: "maNhiemVu" },
        { type: "duplicate-rows", columns: ["nhomNhiemVu", "tenHoatDong", "thoiGian"] }
      ],
      ...CLOSING
    };
  }
});

// shared/templates/catalog.ts
function templateForKind(kind, templates = BUILT_IN_TEMPLATES) {
  const t = [...templates].reverse().find((x2) => x2.kinds.includes(kind));
  if (!t) throw new Error(`no template for ${kind}`);
  return t;
}
function findTemplate(id, version2, templates = BUILT_IN_TEMPLATES) {
  return templates.find((t) => t.id === id && t.version === version2);
}
function tableSection(spec) {
  return spec.sections.find((s) => s.type === "table");
}
function indicatorSection(spec) {
  return spec.sections.find((s) => s.type === "indicators");
}
var BUILT_IN_TEMPLATES;
var init_catalog = __esm({
  "shared/templates/catalog.ts"() {
    "use strict";
    init_tt22_pl01_ke_hoach();
    init_tt22_pl02_bao_cao();
    BUILT_IN_TEMPLATES = [TT22_PL01_V1, TT22_PL02_V1, TT22_PL01_V1_1];
  }
});

// shared/layout/sheet-model.ts
var init_sheet_model = __esm({
  "shared/layout/sheet-model.ts"() {
    "use strict";
  }
});

// shared/layout/text-fit.ts
function columnPoints(widthUnits) {
  return (widthUnits * 8 + 5) * 0.75;
}
function columnsPoints(widths, from, to) {
  let pt2 = 0;
  for (let c = from; c <= to; c++) pt2 += columnPoints(widths[c - 1] ?? 10);
  return pt2;
}
function emPerChar(look) {
  if (look.caps) return look.bold ? 0.72 : 0.66;
  return look.bold ? 0.54 : 0.5;
}
function wrappedLines(text2, widthPt, fontPt, look = {}) {
  const usable = Math.max(10, widthPt - 8);
  const perLine = Math.max(1, Math.floor(usable / (fontPt * emPerChar(look))));
  let lines = 0;
  for (const para2 of text2.split("\n")) {
    let line = 0;
    let n = 1;
    for (const word of para2.split(/\s+/).filter(Boolean)) {
      const w = word.length;
      if (line === 0) line = w;
      else if (line + 1 + w <= perLine) line += 1 + w;
      else {
        n++;
        line = w;
      }
      while (line > perLine) {
        n++;
        line -= perLine;
      }
    }
    lines += n;
  }
  return Math.max(1, lines);
}
function linesHeight(lines, fontPt) {
  return Math.ceil(lines * fontPt * 1.2 + 4);
}
function textHeight(text2, widthPt, fontPt, look = {}, minLines = 1) {
  const need = linesHeight(Math.max(minLines, wrappedLines(text2, widthPt, fontPt, look)), fontPt);
  return { height: Math.min(MAX_ROW_HEIGHT, need), fits: need <= MAX_ROW_HEIGHT };
}
var MAX_ROW_HEIGHT;
var init_text_fit = __esm({
  "shared/layout/text-fit.ts"() {
    "use strict";
    MAX_ROW_HEIGHT = 409;
  }
});

// shared/layout/document-form.ts
function ruleText(lengthPt) {
  return "_".repeat(Math.max(4, Math.round(lengthPt / RULE_PT_PER_CHAR)));
}
function boldLinePoints(text2, caps) {
  return text2.length * 13 * (caps ? 0.72 : 0.5);
}
function writeHeaderBlock(b, width, t) {
  const leftEnd = Math.max(2, Math.floor(width * 0.4));
  const rightStart = leftEnd + 1;
  const leftPt = columnsPoints(b.columnWidths, 1, leftEnd);
  const parent = t.parentBody.toUpperCase();
  const unit = t.unitName.toUpperCase();
  b.block(1, 1, leftEnd, parent || null, S.headerLeft);
  b.block(1, rightStart, width, "C\u1ED8NG H\xD2A X\xC3 H\u1ED8I CH\u1EE6 NGH\u0128A VI\u1EC6T NAM", S.nation);
  b.height(1, textHeight(parent, leftPt, 13, { caps: true }).height);
  b.block(2, 1, leftEnd, unit, S.headerUnit);
  b.block(2, rightStart, width, "\u0110\u1ED9c l\u1EADp - T\u1EF1 do - H\u1EA1nh ph\xFAc", S.motto);
  const unitLines = textHeight(unit, leftPt, 13, { bold: true, caps: true });
  b.height(2, unitLines.height);
  const unitLinePt = Math.min(leftPt, boldLinePoints(unit, true));
  b.block(3, 1, leftEnd, ruleText(unitLinePt / 3), S.rule);
  b.block(3, rightStart, width, ruleText(boldLinePoints("\u0110\u1ED9c l\u1EADp - T\u1EF1 do - H\u1EA1nh ph\xFAc", false)), S.rule);
  b.height(3, 9);
  b.block(4, 1, leftEnd, t.docNumber, S.docNumber);
  b.block(4, rightStart, width, null, S.dateLine);
  b.height(4, 24);
  return { docNumberCell: [4, 1], dateLineCell: [4, rightStart], leftEnd };
}
function dateLineFormula(place, dateCell2) {
  const p = place.replace(/"/g, '""');
  const d = dateCell2;
  return `IF(ISNUMBER(${d}),"${p}, ng\xE0y "&IF(DAY(${d})<10,"0","")&DAY(${d})&" th\xE1ng "&IF(MONTH(${d})<3,"0","")&MONTH(${d})&" n\u0103m "&YEAR(${d}),"${p}, ng\xE0y ... th\xE1ng ... n\u0103m ...")`;
}
function dateLineText(place, date) {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!m) return `${place}, ng\xE0y ... th\xE1ng ... n\u0103m ...`;
  const day2 = Number(m[3]);
  const month = Number(m[2]);
  const dd = day2 < 10 ? `0${day2}` : String(day2);
  const mm2 = month < 3 ? `0${month}` : String(month);
  return `${place}, ng\xE0y ${dd} th\xE1ng ${mm2} n\u0103m ${m[1]}`;
}
function writeClosingBlocks(b, row, width, recipients, signer) {
  const leftEnd = Math.max(2, Math.floor(width * 0.4));
  const rightStart = Math.max(leftEnd + 1, width - Math.max(3, Math.floor(width * 0.4)) + 1);
  b.block(row, 1, leftEnd, "N\u01A1i nh\u1EADn:", S.recipientsTitle);
  b.block(row, rightStart, width, signer.capacity || null, S.signerCapacity);
  b.block(row + 1, rightStart, width, signer.title || null, S.signerCapacity);
  const lines = [...recipients.map((r) => `- ${r}`), null, null];
  lines.forEach((r, i2) => b.block(row + 1 + i2, 1, leftEnd, r, S.recipients));
  const nameRow = Math.max(row + 6, row + lines.length);
  b.block(nameRow, rightStart, width, signer.name || null, S.signerName);
  b.textRanges.push(`${cellRef(row + 1, 1)}:${cellRef(row + lines.length, 1)}`);
  return { lastRow: nameRow, height: (nameRow - row + 1) * 18 };
}
var FONT_NAME, INPUT_FILL, HEADER_FILL, AUTO_FILL, S, RULE_PT_PER_CHAR;
var init_document_form = __esm({
  "shared/layout/document-form.ts"() {
    "use strict";
    init_a1();
    init_text_fit();
    FONT_NAME = "Times New Roman";
    INPUT_FILL = "FFF7D6";
    HEADER_FILL = "E7EEF7";
    AUTO_FILL = "EDEDED";
    S = {
      headerLeft: { font: { size: 13 }, h: "center", v: "middle", wrap: true, unlocked: true },
      headerUnit: { font: { size: 13, bold: true }, h: "center", v: "middle", wrap: true, unlocked: true },
      nation: { font: { size: 12, bold: true }, h: "center", v: "middle" },
      motto: { font: { size: 13, bold: true }, h: "center", v: "middle" },
      /** The short rules under the unit name and the motto: a centred run of underscores (see RULE_FONT). */
      rule: { font: { size: 7 }, h: "center", v: "top" },
      docNumber: { font: { size: 13 }, h: "center", v: "middle", unlocked: true, fill: INPUT_FILL },
      // The same look as the subtitle (one style group fewer for hosts that apply each look in calls).
      dateLine: { font: { size: 13, italic: true }, h: "center", v: "middle", wrap: true },
      dateInput: {
        font: { size: 12 },
        h: "center",
        v: "middle",
        unlocked: true,
        fill: INPUT_FILL,
        border: "all",
        numFmt: "dd/mm/yyyy"
      },
      title: { font: { size: 14, bold: true }, h: "center", v: "middle", wrap: true },
      subtitle: { font: { size: 13, italic: true }, h: "center", v: "middle", wrap: true },
      heading: { font: { size: 13, bold: true }, h: "left", v: "middle", wrap: true },
      hint: { font: { size: 11, italic: true, color: "595959" }, h: "left", v: "top", wrap: true },
      narrative: {
        font: { size: 13 },
        h: "left",
        v: "top",
        wrap: true,
        unlocked: true,
        fill: INPUT_FILL
      },
      tableHeader: {
        font: { size: 11, bold: true },
        h: "center",
        v: "middle",
        wrap: true,
        border: "all",
        fill: HEADER_FILL
      },
      tableIndex: { font: { size: 11, italic: true }, h: "center", v: "middle", border: "all" },
      bodyInput: { font: { size: 11 }, v: "top", wrap: true, border: "all", unlocked: true, fill: INPUT_FILL },
      bodyAuto: { font: { size: 11 }, h: "center", v: "top", wrap: true, border: "all", fill: AUTO_FILL },
      total: { font: { size: 11, bold: true }, h: "center", v: "middle", border: "all" },
      recipientsTitle: { font: { size: 12, bold: true, italic: true }, h: "left", v: "top" },
      recipients: { font: { size: 11 }, h: "left", v: "top", wrap: true, unlocked: true },
      signerCapacity: { font: { size: 13, bold: true }, h: "center", v: "top", wrap: true, unlocked: true },
      signerNote: { font: { size: 13, italic: true }, h: "center", v: "top" },
      signerName: { font: { size: 13, bold: true }, h: "center", v: "top", unlocked: true }
    };
    RULE_PT_PER_CHAR = 3.5;
  }
});

// shared/layout/sheet-builder.ts
function colRange(col, top, bottom) {
  return `${columnLetter(col)}${top}:${columnLetter(col)}${bottom}`;
}
var SheetBuilder;
var init_sheet_builder = __esm({
  "shared/layout/sheet-builder.ts"() {
    "use strict";
    init_a1();
    SheetBuilder = class {
      constructor(name, columnWidths) {
        this.name = name;
        this.columnWidths = columnWidths;
        this.width = columnWidths.length;
      }
      name;
      columnWidths;
      rows = [];
      styleRanges = /* @__PURE__ */ new Map();
      merges = [];
      rowHeights = [];
      heightIndex = /* @__PURE__ */ new Map();
      estimatedRowHeights = [];
      validations = [];
      textRanges = [];
      width = 0;
      get lastRow() {
        return this.rows.length;
      }
      set(row, col, value) {
        while (this.rows.length < row) this.rows.push([]);
        this.rows[row - 1][col - 1] = value;
        if (col > this.width) this.width = col;
        return this;
      }
      /** Styles a rectangle; identical styles share one entry. */
      style(range, style) {
        const key = JSON.stringify(style);
        const entry = this.styleRanges.get(key);
        if (entry) entry.ranges.push(range);
        else this.styleRanges.set(key, { style, ranges: [range] });
        return this;
      }
      /** Writes a value into the top-left cell of a merged block and styles the whole block. */
      block(row, fromCol, toCol, value, style, toRow = row) {
        this.set(row, fromCol, value);
        const range = `${cellRef(row, fromCol)}:${cellRef(toRow, toCol)}`;
        if (toCol > fromCol || toRow > row) this.merges.push(range);
        else while (this.rows.length < toRow) this.rows.push([]);
        return this.style(toCol > fromCol || toRow > row ? range : cellRef(row, fromCol), style);
      }
      /** Sets a row's height; a later call for the same row replaces the earlier one. */
      height(row, height) {
        const i2 = this.heightIndex.get(row);
        const entry = { row, height };
        if (i2 !== void 0) this.rowHeights[i2] = entry;
        else {
          this.heightIndex.set(row, this.rowHeights.length);
          this.rowHeights.push(entry);
        }
        return this;
      }
      heightOf(row) {
        const i2 = this.heightIndex.get(row);
        return i2 === void 0 ? void 0 : this.rowHeights[i2].height;
      }
      build(extra) {
        const width = Math.max(this.width, 1);
        const values = this.rows.map((r) => Array.from({ length: width }, (_, i2) => r[i2] ?? null));
        return {
          name: this.name,
          values,
          styles: [...this.styleRanges.values()],
          merges: this.merges,
          columnWidths: this.columnWidths,
          rowHeights: this.rowHeights,
          ...this.estimatedRowHeights.length ? { estimatedRowHeights: this.estimatedRowHeights } : {},
          validations: this.validations,
          textRanges: this.textRanges,
          ...extra
        };
      }
    };
  }
});

// shared/layout/task-code.ts
function taskCode(year, unitShort2, seq) {
  return `KH${year}-${unitShort2}-${String(seq).padStart(3, "0")}`;
}
function parseTaskCode(code) {
  const m = TASK_CODE.exec(code.trim().toUpperCase());
  return m ? { year: Number(m[1]), unit: m[2], seq: Number(m[3]) } : null;
}
var TASK_CODE;
var init_task_code = __esm({
  "shared/layout/task-code.ts"() {
    "use strict";
    TASK_CODE = /^KH(\d{4})-([A-Z0-9]+)-(\d{3,})$/;
  }
});

// shared/layout/print-fit.ts
function printFit(widths, orientation, margins) {
  const neededPt = columnsPoints(widths, 1, widths.length);
  const availablePt = (A4_WIDTH_MM[orientation] - margins.left - margins.right) * MM;
  if (neededPt <= availablePt) return { scale: 100, fitToWidth: false, fits: true, neededPt, availablePt };
  const scale = Math.floor(availablePt / neededPt * 100);
  const fits = scale >= MIN_PRINT_SCALE;
  return { scale, fitToWidth: !fits, fits, neededPt, availablePt };
}
var MIN_PRINT_SCALE, MM, A4_WIDTH_MM;
var init_print_fit = __esm({
  "shared/layout/print-fit.ts"() {
    "use strict";
    init_text_fit();
    MIN_PRINT_SCALE = 90;
    MM = 72 / 25.4;
    A4_WIDTH_MM = { portrait: 210, landscape: 297 };
  }
});

// shared/layout/build-template.ts
function buildTemplate(req) {
  const { spec, kind, unit, registry, period } = req;
  const table = spec.sections.find((s) => s.type === "table");
  const widths = table ? table.columns.map((c) => c.width) : [4, 9, 10, 18, 24, 10, 10, 8, 10, 7];
  const width = widths.length;
  const b = new SheetBuilder(spec.sheetName, [...widths, DATE_INPUT_WIDTH]);
  const names = {};
  const unprintable = [];
  const blocks = [];
  const isPlan = kind === "ke-hoach-nam";
  const fullWidthPt = columnsPoints(widths, 1, width);
  const fit = printFit(widths, spec.orientation, MARGINS);
  const abbr = unitAbbr(unit);
  const unitName = req.header?.unitName ?? unit.name;
  const head = writeHeaderBlock(b, width, {
    parentBody: req.header?.parentBody ?? parentBodyOf(registry, unit),
    unitName,
    docNumber: req.docNumber ?? `S\u1ED1:      /${spec.docType}-${abbr}`,
    placeForDate: registry.place
  });
  names[NAME_DOC_NUMBER] = absRef(...head.docNumberCell);
  const reportDate = req.reportDate ?? req.generatedAt.slice(0, 10);
  const dateCol = width + 1;
  const dateRef = cellRef(4, dateCol);
  b.set(4, dateCol, dateToExcelSerial(reportDate));
  b.style(dateRef, S.dateInput);
  names[NAME_REPORT_DATE] = absRef(4, dateCol);
  b.set(
    head.dateLineCell[0],
    head.dateLineCell[1],
    req.staticDateLine ? dateLineText(registry.place, reportDate) : {
      formula: dateLineFormula(registry.place, dateRef),
      result: dateLineText(registry.place, reportDate)
    }
  );
  b.validations.push({
    ranges: [dateRef],
    rule: { type: "date", from: `${period.year - 1}-01-01`, to: `${period.year + 1}-12-31` },
    errorStyle: "warning",
    errorTitle: "Ng\xE0y b\xE1o c\xE1o",
    error: "H\xE3y nh\u1EADp ng\xE0y ban h\xE0nh v\u0103n b\u1EA3n d\u1EA1ng ng\xE0y/th\xE1ng/n\u0103m, v\xED d\u1EE5 05/01/2026.",
    prompt: 'Ng\xE0y ban h\xE0nh v\u0103n b\u1EA3n (ng\xE0y/th\xE1ng/n\u0103m); d\xF2ng "\u2026, ng\xE0y \u2026 th\xE1ng \u2026 n\u0103m \u2026" t\u1EF1 c\u1EADp nh\u1EADt theo \xF4 n\xE0y.'
  });
  let row = 6;
  const title = (spec.titles[kind] ?? KIND_LABELS[kind]).replace("{year}", String(period.year));
  b.block(row, 1, width, title, S.title);
  b.height(row, textHeight(title, fullWidthPt, 14, { bold: true, caps: true }).height + 6);
  row++;
  const subtitle = isPlan ? `(Theo m\u1EABu Ph\u1EE5 l\u1EE5c 01 Th\xF4ng t\u01B0 s\u1ED1 22/2016/TT-BTTTT)` : `(Theo m\u1EABu Ph\u1EE5 l\u1EE5c 02 Th\xF4ng t\u01B0 s\u1ED1 22/2016/TT-BTTTT; s\u1ED1 li\u1EC7u t\xEDnh t\u1EEB ng\xE0y ${formatDmy(period.from)} \u0111\u1EBFn ng\xE0y ${formatDmy(period.to)})`;
  b.block(row, 1, width, subtitle, S.subtitle);
  b.height(row, textHeight(subtitle, fullWidthPt, 13).height);
  row += 2;
  blocks.push({ first: 1, last: row - 1 });
  for (const section2 of spec.sections) {
    switch (section2.type) {
      case "heading":
        b.block(row, 1, width, section2.text, S.heading);
        b.height(row, textHeight(section2.text, fullWidthPt, 13, { bold: true, caps: true }).height);
        blocks.push({ first: row, last: row, keepWithNext: true });
        row += 1;
        break;
      case "narrative": {
        const r = writeNarrative(b, row, width, section2, names, req.narratives?.[section2.key]);
        if (!r.fits) unprintable.push(section2.name);
        blocks.push({ first: row, last: r.nextRow - 1 });
        row = r.nextRow;
        break;
      }
      case "indicators": {
        const next = writeIndicators(b, row, width, section2, names, req.indicatorValues);
        blocks.push({ first: row, last: next - 1 });
        row = next;
        break;
      }
      case "table": {
        const first = row;
        if (section2.heading) {
          b.block(row, 1, width, section2.heading, S.heading);
          b.height(row, textHeight(section2.heading, fullWidthPt, 13, { bold: true }).height);
          row += 1;
        }
        b.block(row, 1, width, "(Chi ti\u1EBFt t\u1EA1i Ph\u1EE5 l\u1EE5c k\xE8m theo)", S.subtitle);
        b.height(row, linesHeight(1, 13));
        row += 2;
        blocks.push({ first, last: row - 1 });
        break;
      }
    }
  }
  const recipients = req.recipients ?? spec.recipients.map((t) => t.replace("{consolidator}", registry.consolidator.name));
  const signer = req.signer ?? (spec.signer.capacity ? spec.signer : { ...signerFor({ ...unit, name: unitName }), name: "" });
  const closing2 = writeClosingBlocks(b, row, width, recipients, signer);
  if (blocks.length > 1) blocks[blocks.length - 1].keepWithNext = true;
  blocks.push({ first: row, last: closing2.lastRow });
  let last = closing2.lastRow;
  const rowBreaks = paginate(b, blocks, PAGE_HEIGHT[spec.orientation] * 100 / fit.scale);
  let titleRows;
  if (table) {
    const start = last + 2;
    rowBreaks.push(start);
    const r = writeAppendix(b, start, table, {
      spec,
      req,
      codeUnit: taskCodeUnit(unit),
      listSources: listSheetSources(dropdownValues(spec, registry)),
      names,
      unitName
    });
    titleRows = r.headerRows;
    last = r.lastRow;
  }
  const main = b.build({
    state: "visible",
    protection: {
      allowInsertRows: true,
      allowDeleteRows: true,
      allowFormatColumns: true,
      allowFormatRows: true
    },
    print: {
      paper: "A4",
      orientation: spec.orientation,
      // The columns are sized to fit between the margins at 100 %, so the page prints at its real
      // sizes. Not fitted: LibreOffice's fit-to-width shrinks long sheets by a few per cent (measured
      // 98 % with 25 filled rows, 100 % with 20) even when they fit, which takes 11 pt under 11.
      // Columns that grew past the page print at the largest scale ≥ 90 % that fits (`printFit`);
      // only a template needing less is fitted to width, and reported as not fitting.
      ...fit.fits ? { fitToWidth: false, scale: fit.scale } : { fitToWidth: true },
      margins: MARGINS,
      titleRows,
      printArea: `A1:${columnLetter(width)}${last}`,
      blackAndWhite: true,
      pageNumbers: "top-centre-from-page-2",
      rowBreaks
    }
  });
  const meta = metaSheet({
    template: spec.id,
    version: spec.version,
    kind,
    unit: unit.code,
    unit_abbr: taskCodeUnit(unit),
    year: String(period.year),
    period: period.label,
    period_from: period.from,
    period_to: period.to,
    deadline: period.deadline,
    unit_name: unit.name,
    generated_at: req.generatedAt,
    generator: req.generator
  });
  const lists = listsSheet(spec, registry);
  const definedNames = Object.entries(names).map(([name, range]) => ({ name, sheet: spec.sheetName, range }));
  return {
    model: {
      sheets: [main, meta, lists],
      definedNames,
      defaultFont: { name: FONT_NAME, size: 12 },
      title,
      creator: req.generator
    },
    names,
    unprintable,
    printFit: fit
  };
}
function paginate(b, blocks, pageHeight) {
  const merged = [];
  let carry = null;
  for (const bl of blocks) {
    const cur = carry ? { first: carry.first, last: bl.last, keepWithNext: bl.keepWithNext } : bl;
    if (cur.keepWithNext) carry = cur;
    else {
      merged.push(cur);
      carry = null;
    }
  }
  if (carry) merged.push(carry);
  const breaks = [];
  let used = 0;
  for (const bl of merged) {
    let h = 0;
    for (let r = bl.first; r <= bl.last; r++) h += b.heightOf(r) ?? DEFAULT_ROW;
    if (used > 0 && used + h > pageHeight) {
      breaks.push(bl.first);
      used = 0;
    }
    used = (used + h) % pageHeight;
  }
  return breaks;
}
function writeNarrative(b, row, width, s, names, text2) {
  const widthPt = columnsPoints(b.columnWidths, 1, width);
  b.block(row, 1, width, s.heading, S.heading);
  b.height(row, textHeight(s.heading, widthPt, 13, { bold: true, caps: true }).height);
  const box = row + 1;
  b.block(box, 1, width, text2 ?? null, S.narrative);
  b.textRanges.push(cellRef(box, 1));
  const fit = textHeight(text2 ?? "", widthPt, 13, {}, NARRATIVE_MIN_LINES);
  b.height(box, fit.height);
  names[s.name] = absRef(box, 1);
  const printable = narrativePrintCapacity(widthPt);
  const max2 = Math.min(s.maxLength, printable);
  b.validations.push({
    ranges: [cellRef(box, 1)],
    rule: { type: "textLength", max: max2 },
    errorStyle: "warning",
    errorTitle: s.heading,
    error: max2 < s.maxLength ? `N\u1ED9i dung d\xE0i qu\xE1 kho\u1EA3ng ${max2} k\xFD t\u1EF1 s\u1EBD kh\xF4ng in h\u1EBFt trong m\u1ED9t \xF4: h\xE3y vi\u1EBFt g\u1ECDn ho\u1EB7c chuy\u1EC3n ph\u1EA7n chi ti\u1EBFt sang v\u0103n b\u1EA3n k\xE8m theo.` : `N\u1ED9i dung d\xE0i qu\xE1 ${s.maxLength} k\xFD t\u1EF1.`,
    prompt: s.hint
  });
  return { nextRow: box + 2, fits: fit.fits };
}
function narrativePrintCapacity(widthPt) {
  const lines = Math.floor((MAX_ROW_HEIGHT - 4) / (13 * 1.2));
  const perLine = Math.floor((widthPt - 8) / (13 * 0.5));
  return Math.floor(lines * perLine * 0.85);
}
function writeIndicators(b, row, width, s, names, values) {
  const widthPt = columnsPoints(b.columnWidths, 1, width);
  b.block(row, 1, width, s.heading, S.heading);
  b.height(row, textHeight(s.heading, widthPt, 13, { bold: true }).height);
  row += 1;
  const codeCol = 2;
  const valueCol = Math.min(width, 8);
  const unitCol = valueCol - 1;
  const namePt = columnsPoints(b.columnWidths, codeCol + 1, unitCol - 1);
  const unitPt = columnPoints(b.columnWidths[unitCol - 1]);
  b.block(row, 1, 1, "STT", S.tableHeader);
  b.block(row, codeCol, codeCol, "M\xE3 ch\u1EC9 ti\xEAu", S.tableHeader);
  b.block(row, codeCol + 1, unitCol - 1, "Ch\u1EC9 ti\xEAu", S.tableHeader);
  b.block(row, unitCol, unitCol, "\u0110\u01A1n v\u1ECB t\xEDnh", S.tableHeader);
  b.block(row, valueCol, valueCol, "S\u1ED1 l\u01B0\u1EE3ng", S.tableHeader);
  b.height(row, linesHeight(2, 11));
  const top = row + 1;
  s.indicators.forEach((ind, i2) => {
    const r = top + i2;
    b.block(r, 1, 1, i2 + 1, S.bodyAuto);
    b.block(r, codeCol, codeCol, ind.code, S.bodyAuto);
    b.block(r, codeCol + 1, unitCol - 1, ind.name, { ...S.bodyAuto, h: "left" });
    b.block(r, unitCol, unitCol, ind.unit, S.bodyAuto);
    b.block(r, valueCol, valueCol, values?.[ind.code] ?? null, {
      ...S.bodyInput,
      h: "right",
      numFmt: ind.money ? "#,##0.###" : "#,##0"
    });
    const lines = Math.max(wrappedLines(ind.name, namePt, 11), wrappedLines(ind.unit, unitPt, 11));
    if (lines > 1) b.height(r, linesHeight(lines, 11));
  });
  const bottom = top + s.indicators.length - 1;
  names[s.name] = `${absRef(top, codeCol)}:${absRef(bottom, valueCol)}`;
  const money = s.indicators.map((ind, i2) => ind.money ? top + i2 : 0).filter(Boolean);
  const counts = s.indicators.map((ind, i2) => ind.money ? 0 : top + i2).filter(Boolean);
  const col = columnLetter(valueCol);
  if (counts.length) {
    b.validations.push({
      ranges: counts.map((r) => `${col}${r}`),
      rule: { type: "whole", min: 0 },
      errorStyle: "warning",
      errorTitle: "S\u1ED1 li\u1EC7u",
      error: "Ch\u1EC9 ti\xEAu n\xE0y l\xE0 s\u1ED1 nguy\xEAn kh\xF4ng \xE2m."
    });
  }
  if (money.length) {
    b.validations.push({
      ranges: money.map((r) => `${col}${r}`),
      rule: { type: "decimal", min: 0 },
      errorStyle: "warning",
      errorTitle: "Kinh ph\xED",
      error: "Kinh ph\xED l\xE0 s\u1ED1 kh\xF4ng \xE2m (tri\u1EC7u \u0111\u1ED3ng), t\u1ED1i \u0111a 3 ch\u1EEF s\u1ED1 th\u1EADp ph\xE2n."
    });
  }
  return bottom + 2;
}
function writeAppendix(b, row, s, ctx) {
  const width = s.columns.length;
  const widthPt = columnsPoints(b.columnWidths, 1, width);
  const isPlan = ctx.req.kind === "ke-hoach-nam";
  const year = ctx.req.period.year;
  b.block(row, 1, width, "PH\u1EE4 L\u1EE4C", S.title);
  b.height(row, linesHeight(1, 14));
  const title = isPlan ? `DANH M\u1EE4C NHI\u1EC6M V\u1EE4, HO\u1EA0T \u0110\u1ED8NG TH\xD4NG TIN \u0110\u1ED0I NGO\u1EA0I N\u0102M ${year}` : `K\u1EBET QU\u1EA2 TH\u1EF0C HI\u1EC6N C\xC1C NHI\u1EC6M V\u1EE4, HO\u1EA0T \u0110\u1ED8NG TH\xD4NG TIN \u0110\u1ED0I NGO\u1EA0I (${formatDmy(ctx.req.period.from)} \u2013 ${formatDmy(ctx.req.period.to)})`;
  b.block(row + 1, 1, width, title, S.title);
  b.height(row + 1, textHeight(title, widthPt, 14, { bold: true, caps: true }).height);
  const note = `(K\xE8m theo ${isPlan ? "K\u1EBF ho\u1EA1ch" : "B\xE1o c\xE1o"} c\u1EE7a ${ctx.unitName})`;
  b.block(row + 2, 1, width, note, S.subtitle);
  b.height(row + 2, textHeight(note, widthPt, 13).height);
  return writeTable(b, row + 4, s, ctx);
}
function writeTable(b, headerRow, s, ctx) {
  const colPt = s.columns.map((_, i2) => columnPoints(b.columnWidths[i2]));
  s.columns.forEach((c, i2) => {
    b.block(headerRow, i2 + 1, i2 + 1, c.header, S.tableHeader);
    b.block(headerRow + 1, i2 + 1, i2 + 1, `(${i2 + 1})`, S.tableIndex);
  });
  b.height(
    headerRow,
    linesHeight(
      Math.max(...s.columns.map((c, i2) => wrappedLines(c.header, colPt[i2], 11, { bold: true }))),
      11
    )
  );
  const top = headerRow + 2;
  const prefill = ctx.req.prefill ?? [];
  const rows = Math.max(s.bodyRows, prefill.length + 5);
  const bottom = top + rows - 1;
  const isPlan = ctx.req.kind === "ke-hoach-nam";
  s.columns.forEach((c, i2) => {
    const col = i2 + 1;
    const range = colRange(col, top, bottom);
    const auto = c.type === "seq" || c.type === "task-code" && isPlan;
    b.style(range, auto ? S.bodyAuto : { ...S.bodyInput, ...columnLook(c) });
    if (c.type === "text" || c.type === "task-code" && !isPlan) b.textRanges.push(range);
    const v = columnValidation(c, range, ctx);
    if (v) b.validations.push(v);
  });
  for (let r = 0; r < rows; r++) {
    const values = s.columns.map((c) => {
      if (c.type === "seq") return r + 1;
      if (c.type === "task-code" && isPlan) return taskCode(ctx.req.period.year, ctx.codeUnit, r + 1);
      const v = prefill[r]?.[c.key];
      return v === void 0 ? null : v;
    });
    values.forEach((v, i2) => b.set(top + r, i2 + 1, v));
    const lines = Math.max(
      ...values.map(
        (v, i2) => typeof v === "string" && v ? wrappedLines(v, colPt[i2], 11, { caps: ["task-code", "date-span"].includes(s.columns[i2].type) }) : 1
      )
    );
    if (lines > 1 || prefill[r]) b.estimatedRowHeights.push({ row: top + r, height: linesHeight(lines, 11) });
  }
  ctx.names[s.name] = `${absRef(top, 1)}:${absRef(bottom, s.columns.length)}`;
  let last = bottom;
  const totals = s.columns.map((c, i2) => c.total ? i2 + 1 : 0).filter(Boolean);
  if (s.totalLabel && totals.length) {
    const next = bottom + 1;
    const firstTotal = Math.min(...totals);
    b.block(next, 1, firstTotal - 1, s.totalLabel, S.total);
    for (let col = firstTotal; col <= s.columns.length; col++) {
      const L2 = columnLetter(col);
      const key = s.columns[col - 1].key;
      const sum = prefill.reduce((t, p) => t + (typeof p[key] === "number" ? p[key] : 0), 0);
      b.block(
        next,
        col,
        col,
        totals.includes(col) ? { formula: `SUM(${L2}${top}:${L2}${bottom})`, result: Math.round(sum * 1e3) / 1e3 } : null,
        {
          ...S.total,
          h: "right",
          numFmt: "#,##0.###"
        }
      );
    }
    b.height(next, linesHeight(1, 11));
    last = next;
  }
  return { lastRow: last, headerRows: [headerRow, headerRow + 1] };
}
function columnLook(c) {
  switch (c.type) {
    case "number":
      return { h: "right", numFmt: c.integer ? "#,##0" : "#,##0.###" };
    case "date-span":
      return { h: "center", numFmt: "dd/mm/yyyy" };
    case "list":
      return { h: "left" };
    default:
      return {};
  }
}
function columnValidation(c, range, ctx) {
  switch (c.type) {
    case "list":
      return {
        ranges: [range],
        rule: { type: "list", source: ctx.listSources[c.list ?? ""] },
        errorStyle: "stop",
        errorTitle: c.header,
        error: "H\xE3y ch\u1ECDn m\u1ED9t gi\xE1 tr\u1ECB trong danh s\xE1ch th\u1EA3 xu\u1ED1ng.",
        prompt: `Ch\u1ECDn ${c.header.toLowerCase()} t\u1EEB danh s\xE1ch.`
      };
    case "number":
      return {
        ranges: [range],
        rule: c.integer ? { type: "whole", min: 0 } : { type: "decimal", min: 0 },
        errorStyle: "warning",
        errorTitle: c.header,
        error: `Nh\u1EADp s\u1ED1 kh\xF4ng \xE2m${c.decimals !== void 0 ? `, t\u1ED1i \u0111a ${c.decimals} ch\u1EEF s\u1ED1 th\u1EADp ph\xE2n` : ""}.`
      };
    case "date-span":
      return {
        ranges: [range],
        rule: { type: "textLength", max: 60 },
        errorStyle: "warning",
        errorTitle: c.header,
        error: `Nh\u1EADp th\u1EDDi gian trong kho\u1EA3ng ${formatDmy(ctx.req.period.from)} \u2013 ${formatDmy(ctx.req.period.to)}: ng\xE0y, th\xE1ng, qu\xFD ho\u1EB7c "Th\u01B0\u1EDDng xuy\xEAn".`,
        prompt: `V\xED d\u1EE5: 15/03/${ctx.req.period.year}; Th\xE1ng 3/${ctx.req.period.year}; Th\xE1ng 3-5; Qu\xFD I/${ctx.req.period.year}; Qu\xFD I, II; 6 th\xE1ng \u0111\u1EA7u n\u0103m; Th\u01B0\u1EDDng xuy\xEAn.`
      };
    case "text":
      return c.maxLength ? {
        ranges: [range],
        rule: { type: "textLength", max: c.maxLength },
        errorStyle: "warning",
        errorTitle: c.header,
        error: `N\u1ED9i dung d\xE0i qu\xE1 ${c.maxLength} k\xFD t\u1EF1.`
      } : void 0;
    default:
      return void 0;
  }
}
function listSheetSources(lists) {
  const out2 = {};
  Object.entries(lists).forEach(([id, values], k) => {
    const L2 = columnLetter(k + 1);
    out2[id] = `${quoteSheet(LISTS_SHEET)}!$${L2}$2:$${L2}$${values.length + 1}`;
  });
  return out2;
}
function dropdownValues(spec, registry) {
  const out2 = { ...spec.lists };
  const funding = spec.lists[FUNDING_LIST];
  if (funding) {
    const wanted = registry.fundingSources ?? FUNDING_FROM_2025;
    const picked = funding.filter((v) => wanted.includes(v));
    if (picked.length) out2[FUNDING_LIST] = picked;
  }
  return out2;
}
function listsSheet(spec, registry) {
  const lists = dropdownValues(spec, registry);
  const ids = Object.keys(lists);
  const b = new SheetBuilder(
    LISTS_SHEET,
    ids.map(() => 40)
  );
  ids.forEach((id, i2) => {
    b.set(1, i2 + 1, id);
    lists[id].forEach((v, j) => b.set(j + 2, i2 + 1, v));
  });
  return b.build({ state: "hidden" });
}
function metaSheet(entries) {
  const b = new SheetBuilder(META_SHEET, [18, 40]);
  Object.entries(entries).forEach(([k, v], i2) => {
    b.set(i2 + 1, 1, k);
    b.set(i2 + 1, 2, v);
  });
  b.textRanges.push(`B1:B${Object.keys(entries).length}`);
  return b.build({ state: "hidden" });
}
var MARGINS, MM2, PAGE_HEIGHT, NARRATIVE_MIN_LINES, DATE_INPUT_WIDTH, DEFAULT_ROW, FUNDING_LIST;
var init_build_template = __esm({
  "shared/layout/build-template.ts"() {
    "use strict";
    init_a1();
    init_plain_date();
    init_vi();
    init_registry_presets();
    init_spec_types();
    init_document_form();
    init_sheet_builder();
    init_task_code();
    init_print_fit();
    init_text_fit();
    MARGINS = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 8 };
    MM2 = 72 / 25.4;
    PAGE_HEIGHT = {
      landscape: (210 - MARGINS.top - MARGINS.bottom) * MM2,
      portrait: (297 - MARGINS.top - MARGINS.bottom) * MM2
    };
    NARRATIVE_MIN_LINES = 3;
    DATE_INPUT_WIDTH = 16;
    DEFAULT_ROW = 16;
    FUNDING_LIST = "nguonKinhPhi";
  }
});

// shared/parse/submission.ts
function isEmptySubmission(s) {
  return s.rows.length === 0 && Object.values(s.indicators).every((v) => v === null || v === void 0) && Object.values(s.narratives).every((t) => !t || !t.trim());
}
var init_submission = __esm({
  "shared/parse/submission.ts"() {
    "use strict";
  }
});

// shared/validate/finding.ts
function finding(code, where, ...args) {
  const fn = FINDING_MESSAGES[code];
  const quoted = args.map((a) => typeof a === "string" ? clip(a) : a);
  return {
    code,
    severity: SEVERITY[code],
    sheet: where.sheet,
    cell: where.cell,
    field: where.field,
    message: fn(...quoted),
    value: displayValue(where.value)
  };
}
function clip(s) {
  return s.length > MAX_FINDING_TEXT ? `${s.slice(0, MAX_FINDING_TEXT)}\u2026` : s;
}
function displayValue(v) {
  if (v === void 0 || v === null) return null;
  if (typeof v === "number") return v;
  if (typeof v === "string") return clip(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return clip(JSON.stringify(v));
}
function countBySeverity(findings) {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
  }
  return { errors, warnings };
}
var SEVERITY, MAX_FINDING_TEXT;
var init_finding = __esm({
  "shared/validate/finding.ts"() {
    "use strict";
    init_vi();
    SEVERITY = {
      META_MISSING: "error",
      UNIT_UNKNOWN: "error",
      PERIOD_MISMATCH: "error",
      YEAR_INVALID: "error",
      HEADER_MISSING: "warning",
      REQUIRED: "error",
      LIST_VALUE: "error",
      NUMBER_INVALID: "error",
      NUMBER_NEGATIVE: "error",
      NUMBER_NOT_INTEGER: "error",
      NUMBER_DECIMALS: "error",
      DATE_INVALID: "error",
      DATE_OUT_OF_RANGE: "error",
      DATE_ORDER: "error",
      TEXT_TOO_LONG: "error",
      FORMULA_INPUT: "warning",
      LEGACY_ENCODING: "warning",
      INDICATOR_REQUIRES: "error",
      BUDGET_MISMATCH: "warning",
      TASK_NOT_IN_PLAN: "warning",
      DUPLICATE_ROW: "warning",
      DUPLICATE_CODE: "warning",
      ROW_BELOW_TABLE: "warning",
      COLUMN_EXTRA: "info",
      COLUMN_MISSING: "error",
      COLUMN_ABSENT: "info",
      METADATA_LOST: "warning",
      FORM_EMPTY: "warning"
    };
    MAX_FINDING_TEXT = 200;
  }
});

// shared/validate/cross-rules.ts
function fmt(n) {
  return (Math.round(n * 1e3) / 1e3).toLocaleString("vi-VN");
}
function applyCrossRules(spec, s, ctx) {
  const out2 = [];
  for (const rule2 of spec.rules) out2.push(...applyRule(rule2, spec, s, ctx));
  return out2;
}
function applyPlanLinkRules(spec, s, planCodes) {
  const out2 = [];
  for (const rule2 of spec.rules)
    if (rule2.type === "task-in-plan") out2.push(...applyRule(rule2, spec, s, { planCodes }));
  return out2;
}
function headerOf(spec, key) {
  for (const sec of spec.sections)
    if (sec.type === "table") {
      for (const c of sec.columns) if (c.key === key) return c.header;
    }
  return key;
}
function applyRule(rule2, spec, s, ctx) {
  const out2 = [];
  switch (rule2.type) {
    case "date-order":
      for (const r of s.rows) {
        const a = r.spans[rule2.from];
        const b = r.spans[rule2.to];
        if (a && b && a.from > b.to)
          out2.push(
            finding(
              "DATE_ORDER",
              { sheet: s.sheet, cell: r.cells[rule2.to], field: rule2.to, value: r.values[rule2.to] },
              headerOf(spec, rule2.from),
              headerOf(spec, rule2.to)
            )
          );
      }
      break;
    case "indicator-requires": {
      const v = s.indicators[rule2.indicator];
      const req = s.indicators[rule2.requires];
      if (v !== void 0 && v !== null && v > 0 && !(req !== null && req !== void 0 && req > 0))
        out2.push(
          finding(
            "INDICATOR_REQUIRES",
            {
              sheet: s.sheet,
              cell: s.indicatorCells[rule2.requires] ?? "",
              field: rule2.requires,
              value: req ?? null
            },
            rule2.indicator,
            rule2.requires
          )
        );
      break;
    }
    case "budget-vs-indicator": {
      const ind = s.indicators[rule2.indicator];
      let sum = 0;
      for (const r of s.rows)
        if (typeof r.values[rule2.column] === "number") sum += r.values[rule2.column];
      const value = ind ?? 0;
      if (ind !== null && ind !== void 0 || sum > 0) {
        const diff = Math.abs(sum - value);
        if (diff > rule2.tolerance * Math.max(sum, value) + 1e-9)
          out2.push(
            finding(
              "BUDGET_MISMATCH",
              {
                sheet: s.sheet,
                cell: s.indicatorCells[rule2.indicator] ?? "",
                field: rule2.indicator,
                value: ind ?? null
              },
              fmt(sum),
              rule2.indicator,
              fmt(value)
            )
          );
      }
      break;
    }
    case "task-in-plan":
      if (!ctx.planCodes) break;
      for (const r of s.rows) {
        const code = r.values[rule2.column];
        if (typeof code === "string" && code && !ctx.planCodes.has(code.toUpperCase()))
          out2.push(
            finding(
              "TASK_NOT_IN_PLAN",
              { sheet: s.sheet, cell: r.cells[rule2.column], field: rule2.column, value: code },
              code
            )
          );
      }
      break;
    case "duplicate-rows": {
      const seen = /* @__PURE__ */ new Map();
      for (const r of s.rows) {
        const key = rule2.columns.map((c) => String(r.values[c] ?? "").toLowerCase()).join("|");
        if (!key.replace(/\|/g, "")) continue;
        const first = seen.get(key);
        if (first !== void 0) {
          const anchor = rule2.columns[1] ?? rule2.columns[0];
          out2.push(
            finding(
              "DUPLICATE_ROW",
              { sheet: s.sheet, cell: r.cells[anchor], field: anchor, value: r.values[anchor] },
              first
            )
          );
        } else seen.set(key, r.sheetRow);
      }
      break;
    }
    case "unique":
      break;
  }
  return out2;
}
var init_cross_rules = __esm({
  "shared/validate/cross-rules.ts"() {
    "use strict";
    init_finding();
  }
});

// shared/parse/cell-values.ts
function cellText(v) {
  if (v === null || v === void 0) return "";
  if (typeof v === "string") return cleanText(v);
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  const p = jsDateToPlain(v);
  return p ? formatDmy(p) : "";
}
function isBlank(v) {
  return v === null || v === void 0 || typeof v === "string" && cleanText(v) === "";
}
var init_cell_values = __esm({
  "shared/parse/cell-values.ts"() {
    "use strict";
    init_plain_date();
    init_normalize();
  }
});

// shared/text/legacy-encoding.ts
function markMap(...groups) {
  const map = /* @__PURE__ */ new Map();
  for (const group of groups) {
    for (const [lower, upper, marks] of group) {
      map.set(lower, marks);
      map.set(upper, marks);
    }
  }
  return map;
}
function isLatin1High(ch) {
  const code = ch.charCodeAt(0);
  return code >= 161 && code <= 255;
}
function decodeTcvn3(text2) {
  let out2 = "";
  let converted = 0;
  let rejected = 0;
  for (const ch of text2) {
    const letter = TCVN3_DECODE.get(ch);
    if (letter !== void 0) {
      out2 += letter;
      converted++;
    } else {
      if (isLatin1High(ch)) rejected++;
      out2 += ch;
    }
  }
  return { text: out2.normalize("NFC"), converted, rejected };
}
function decodeVni(text2) {
  const chars = Array.from(text2);
  let out2 = "";
  let converted = 0;
  let rejected = 0;
  for (let i2 = 0; i2 < chars.length; i2++) {
    const ch = chars[i2];
    const standalone = VNI_STANDALONE_DECODE.get(ch);
    const base = standalone ?? ch;
    if (standalone !== void 0) converted++;
    const marks = VNI_BASE_MARKS.get(ch)?.get(chars[i2 + 1] ?? "");
    if (marks !== void 0) {
      out2 += base + marks;
      converted++;
      i2++;
    } else if (standalone !== void 0) {
      out2 += base;
    } else {
      if (isLatin1High(ch)) rejected++;
      out2 += ch;
    }
  }
  return { text: out2.normalize("NFC"), converted, rejected };
}
function decode(text2, encoding) {
  return encoding === "tcvn3" ? decodeTcvn3(text2) : decodeVni(text2);
}
function convertLegacyText(text2, encoding) {
  return decode(text2, encoding).text;
}
function hasWordCaseShape(word) {
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  if (word === lower || word === upper) return true;
  return word.slice(0, 1) === upper.slice(0, 1) && word.slice(1) === lower.slice(1);
}
function isPlausibleSyllable(word, strictCase) {
  if (strictCase && !hasWordCaseShape(word)) return false;
  const lower = word.toLowerCase();
  if (!VIETNAMESE_LETTERS.test(lower)) return false;
  const decomposed = lower.normalize("NFD");
  const tones = decomposed.match(TONE_MARK) ?? [];
  if (tones.length > 1) return false;
  const match = SYLLABLE.exec(decomposed.replace(TONE_MARK, "").normalize("NFC"));
  if (!match) return false;
  const final = match[1];
  if (final !== void 0 && STOP_FINALS.has(final) && tones.length === 1) {
    return tones[0] === ACUTE || tones[0] === DOT;
  }
  return true;
}
function hasVowel(word) {
  return /[aeiouy]/.test(word.toLowerCase().normalize("NFD"));
}
function weigh(text2, encoding) {
  const evidence = { strong: 0, hits: 0, against: 0 };
  for (const [word] of text2.matchAll(WORD)) {
    if (/^[A-Za-z]+$/.test(word)) continue;
    const decoded = decode(word, encoding);
    if (decoded.rejected === 0 && !hasVowel(decoded.text)) continue;
    if (decoded.rejected > 0 || !isPlausibleSyllable(decoded.text, false)) {
      evidence.against++;
      continue;
    }
    evidence.hits += decoded.converted;
    if (/[A-Za-z]/.test(word) && !isPlausibleSyllable(word, true)) evidence.strong++;
  }
  return evidence;
}
function isConvincing(e) {
  return e.strong >= 1 && e.hits >= 2 && e.against * 3 <= e.strong;
}
function detectLegacyEncoding(text2) {
  if (!/[\u00A1-\u00FF]/.test(text2) || UNICODE_VIETNAMESE_LETTER.test(text2) || COMBINING_MARK.test(text2)) {
    return null;
  }
  const tcvn3 = weigh(text2, "tcvn3");
  const vni = weigh(text2, "vni");
  const tcvn3Ok = isConvincing(tcvn3);
  const vniOk = isConvincing(vni);
  if (tcvn3Ok && vniOk) {
    const margin = tcvn3.strong - tcvn3.against - (vni.strong - vni.against);
    if (margin === 0) return null;
    return margin > 0 ? "tcvn3" : "vni";
  }
  if (tcvn3Ok) return "tcvn3";
  if (vniOk) return "vni";
  return null;
}
var TCVN3_TABLE, TCVN3_DECODE, GRAVE, ACUTE, CIRCUMFLEX, TILDE, BREVE, HOOK, HORN, DOT, VNI_TONE_MARKS, VNI_CIRCUMFLEX_MARKS, VNI_BREVE_MARKS, VNI_STANDALONE, TONES_ONLY, TONES_AND_CIRCUMFLEX, ALL_VNI_MARKS, VNI_BASE_MARKS, VNI_STANDALONE_DECODE, UNICODE_VIETNAMESE_LETTER, COMBINING_MARK, TONE_MARK, NUCLEI, SYLLABLE, STOP_FINALS, VIETNAMESE_LETTERS, WORD;
var init_legacy_encoding = __esm({
  "shared/text/legacy-encoding.ts"() {
    "use strict";
    TCVN3_TABLE = [
      [161, "\u0102"],
      [162, "\xC2"],
      [163, "\xCA"],
      [164, "\xD4"],
      [165, "\u01A0"],
      [166, "\u01AF"],
      [167, "\u0110"],
      [168, "\u0103"],
      [169, "\xE2"],
      [170, "\xEA"],
      [171, "\xF4"],
      [172, "\u01A1"],
      [173, "\u01B0"],
      [174, "\u0111"],
      [181, "\xE0"],
      [182, "\u1EA3"],
      [183, "\xE3"],
      [184, "\xE1"],
      [185, "\u1EA1"],
      [187, "\u1EB1"],
      [188, "\u1EB3"],
      [189, "\u1EB5"],
      [190, "\u1EAF"],
      [198, "\u1EB7"],
      [199, "\u1EA7"],
      [200, "\u1EA9"],
      [201, "\u1EAB"],
      [202, "\u1EA5"],
      [203, "\u1EAD"],
      [204, "\xE8"],
      [206, "\u1EBB"],
      [207, "\u1EBD"],
      [208, "\xE9"],
      [209, "\u1EB9"],
      [210, "\u1EC1"],
      [211, "\u1EC3"],
      [212, "\u1EC5"],
      [213, "\u1EBF"],
      [214, "\u1EC7"],
      [215, "\xEC"],
      [216, "\u1EC9"],
      [220, "\u0129"],
      [221, "\xED"],
      [222, "\u1ECB"],
      [223, "\xF2"],
      [225, "\u1ECF"],
      [226, "\xF5"],
      [227, "\xF3"],
      [228, "\u1ECD"],
      [229, "\u1ED3"],
      [230, "\u1ED5"],
      [231, "\u1ED7"],
      [232, "\u1ED1"],
      [233, "\u1ED9"],
      [234, "\u1EDD"],
      [235, "\u1EDF"],
      [236, "\u1EE1"],
      [237, "\u1EDB"],
      [238, "\u1EE3"],
      [239, "\xF9"],
      [241, "\u1EE7"],
      [242, "\u0169"],
      [243, "\xFA"],
      [244, "\u1EE5"],
      [245, "\u1EEB"],
      [246, "\u1EED"],
      [247, "\u1EEF"],
      [248, "\u1EE9"],
      [249, "\u1EF1"],
      [250, "\u1EF3"],
      [251, "\u1EF7"],
      [252, "\u1EF9"],
      [253, "\xFD"],
      [254, "\u1EF5"]
    ];
    TCVN3_DECODE = new Map(
      TCVN3_TABLE.map(([code, ch]) => [String.fromCharCode(code), ch])
    );
    GRAVE = "\u0300";
    ACUTE = "\u0301";
    CIRCUMFLEX = "\u0302";
    TILDE = "\u0303";
    BREVE = "\u0306";
    HOOK = "\u0309";
    HORN = "\u031B";
    DOT = "\u0323";
    VNI_TONE_MARKS = [
      ["\xF9", "\xD9", ACUTE],
      ["\xF8", "\xD8", GRAVE],
      ["\xFB", "\xDB", HOOK],
      ["\xF5", "\xD5", TILDE],
      ["\xEF", "\xCF", DOT]
    ];
    VNI_CIRCUMFLEX_MARKS = [
      ["\xE2", "\xC2", CIRCUMFLEX],
      ["\xE1", "\xC1", CIRCUMFLEX + ACUTE],
      ["\xE0", "\xC0", CIRCUMFLEX + GRAVE],
      ["\xE5", "\xC5", CIRCUMFLEX + HOOK],
      ["\xE3", "\xC3", CIRCUMFLEX + TILDE],
      ["\xE4", "\xC4", CIRCUMFLEX + DOT]
    ];
    VNI_BREVE_MARKS = [
      ["\xEA", "\xCA", BREVE],
      ["\xE9", "\xC9", BREVE + ACUTE],
      ["\xE8", "\xC8", BREVE + GRAVE],
      ["\xFA", "\xDA", BREVE + HOOK],
      ["\xFC", "\xDC", BREVE + TILDE],
      ["\xEB", "\xCB", BREVE + DOT]
    ];
    VNI_STANDALONE = [
      ["\xF1", "\xD1", "\u0111"],
      ["\xF4", "\xD4", "o" + HORN],
      ["\xF6", "\xD6", "u" + HORN],
      ["\xED", "\xCD", "i" + ACUTE],
      ["\xEC", "\xCC", "i" + GRAVE],
      ["\xE6", "\xC6", "i" + HOOK],
      ["\xF3", "\xD3", "i" + TILDE],
      ["\xF2", "\xD2", "i" + DOT],
      ["\xEE", "\xCE", "y" + DOT]
    ];
    TONES_ONLY = markMap(VNI_TONE_MARKS);
    TONES_AND_CIRCUMFLEX = markMap(VNI_TONE_MARKS, VNI_CIRCUMFLEX_MARKS);
    ALL_VNI_MARKS = markMap(VNI_TONE_MARKS, VNI_CIRCUMFLEX_MARKS, VNI_BREVE_MARKS);
    VNI_BASE_MARKS = /* @__PURE__ */ new Map();
    for (const base of "aA") VNI_BASE_MARKS.set(base, ALL_VNI_MARKS);
    for (const base of "eEoO") VNI_BASE_MARKS.set(base, TONES_AND_CIRCUMFLEX);
    for (const base of "uUyY\xF4\xD4\xF6\xD6") VNI_BASE_MARKS.set(base, TONES_ONLY);
    VNI_STANDALONE_DECODE = /* @__PURE__ */ new Map();
    for (const [lower, upper, letter] of VNI_STANDALONE) {
      VNI_STANDALONE_DECODE.set(lower, letter);
      VNI_STANDALONE_DECODE.set(upper, letter.toUpperCase());
    }
    UNICODE_VIETNAMESE_LETTER = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/;
    COMBINING_MARK = /[\u0300-\u036F]/;
    TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;
    NUCLEI = [
      "a",
      "\u0103",
      "\xE2",
      "e",
      "\xEA",
      "i",
      "o",
      "\xF4",
      "\u01A1",
      "u",
      "\u01B0",
      "y",
      "ai",
      "ao",
      "au",
      "ay",
      "\xE2u",
      "\xE2y",
      "eo",
      "\xEAu",
      "ia",
      "i\xEA",
      "iu",
      "oa",
      "o\u0103",
      "oe",
      "oi",
      "oo",
      "\xF4i",
      "\u01A1i",
      "ua",
      "u\xE2",
      "u\xEA",
      "ui",
      "u\xF4",
      "u\u01A1",
      "uy",
      "\u01B0a",
      "\u01B0i",
      "\u01B0\u01A1",
      "\u01B0u",
      "y\xEA",
      "i\xEAu",
      "y\xEAu",
      "oai",
      "oao",
      "oay",
      "oeo",
      "u\xE2y",
      "u\xF4i",
      "uya",
      "uy\xEA",
      "uyu",
      "\u01B0\u01A1i",
      "\u01B0\u01A1u"
    ];
    SYLLABLE = new RegExp(
      `^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcd\u0111ghklmnpqrstvx])?(?:${NUCLEI.join("|")})(ch|ng|nh|[cmnpt])?$`
    );
    STOP_FINALS = /* @__PURE__ */ new Set(["c", "ch", "p", "t"]);
    VIETNAMESE_LETTERS = /^[a-z\u00E0-\u00E3\u00E8-\u00EA\u00EC\u00ED\u00F2-\u00F5\u00F9\u00FA\u00FD\u0103\u0111\u0129\u0169\u01A1\u01B0\u1EA1-\u1EF9]+$/;
    WORD = /[A-Za-z\u00A1-\u00FF]+/g;
  }
});

// shared/values/parse-number.ts
function parseNumber(input2) {
  if (typeof input2 === "number") {
    if (!Number.isFinite(input2)) return { ok: false, reason: "invalid" };
    return input2 < 0 ? { ok: false, reason: "negative" } : { ok: true, value: input2 };
  }
  if (typeof input2 !== "string") return { ok: false, reason: "invalid" };
  let s = input2.replace(/[\u00A0\u202F\u2007]/g, " ").trim();
  let negative = false;
  if (/^[-\u2212]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  } else if (s.startsWith("+")) s = s.slice(1).trim();
  const value = parseUnsigned(s);
  if (value === null) return { ok: false, reason: "invalid" };
  if (negative && value !== 0) return { ok: false, reason: "negative" };
  return { ok: true, value };
}
function parseUnsigned(s) {
  if (s === "") return null;
  if (GROUPED_SPACE.test(s)) return Number(s.replace(/ /g, ""));
  if (/\s/.test(s)) return null;
  const dot = s.lastIndexOf(".");
  const comma = s.lastIndexOf(",");
  let normalized;
  if (dot >= 0 && comma >= 0) {
    const [intPart, frac, group] = dot > comma ? [s.slice(0, dot), s.slice(dot + 1), ","] : [s.slice(0, comma), s.slice(comma + 1), "."];
    const groupRe = group === "," ? GROUPED_COMMA : GROUPED_DOT;
    if (!/^\d+$/.test(frac) || !(groupRe.test(intPart) || /^\d{1,3}$/.test(intPart))) return null;
    normalized = `${intPart.split(group).join("")}.${frac}`;
  } else if (dot >= 0) {
    if (GROUPED_DOT.test(s)) normalized = s.replace(/\./g, "");
    else if (/^\d*\.\d+$/.test(s)) normalized = s;
    else return null;
  } else if (comma >= 0) {
    if ((s.match(/,/g) ?? []).length > 1 && GROUPED_COMMA.test(s)) normalized = s.replace(/,/g, "");
    else if (/^\d*,\d+$/.test(s)) normalized = s.replace(",", ".");
    else return null;
  } else {
    if (!/^\d+$/.test(s)) return null;
    normalized = s;
  }
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}
function decimalPlaces(n) {
  for (let d = 0; d <= 10; d++) {
    const scaled = n * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-7 * Math.max(1, Math.abs(scaled))) return d;
  }
  return 11;
}
var GROUPED_DOT, GROUPED_COMMA, GROUPED_SPACE;
var init_parse_number = __esm({
  "shared/values/parse-number.ts"() {
    "use strict";
    GROUPED_DOT = /^\d{1,3}(\.\d{3})+$/;
    GROUPED_COMMA = /^\d{1,3}(,\d{3})+$/;
    GROUPED_SPACE = /^\d{1,3}( \d{3})+$/;
  }
});

// shared/values/parse-time-span.ts
function fold2(s) {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[\u2010-\u2015\u2212]/g, "-").replace(/[\u00a0\s]+/g, " ").replace(/\s*([/,;.])\s*/g, "$1").replace(/[.;,]+$/, "").trim();
}
function monthStart(y, m) {
  return makeDate(y, m, 1);
}
function monthEnd(y, m) {
  if (!Number.isInteger(m) || m < 1 || m > 12) return null;
  return makeDate(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
}
function months(y, first, last, g) {
  const from = monthStart(y, first);
  const to = monthEnd(y, last);
  return from && to && from <= to ? { from, to, granularity: g } : null;
}
function yearSpan(y) {
  return months(y, 1, 12, "year");
}
function parseItem(s, ctx) {
  const y0 = ctx.year;
  if (ONGOING.test(s) || /^thuong xuyen (?:trong|ca) (?:nam|ky)$/.test(s)) {
    if (ctx.periodSpan) return { from: ctx.periodSpan.from, to: ctx.periodSpan.to, granularity: "range" };
    return y0 ? yearSpan(y0) : null;
  }
  let m = /^(?:(?:ca |trong )?nam ?|ca nam ?)?(\d{4})$/.exec(s);
  if (m) return yearSpan(Number(m[1]));
  if (/^(?:ca|trong) nam$/.test(s)) return y0 ? yearSpan(y0) : null;
  m = /^(?:6|sau) thang (dau|cuoi)(?: nam)?(?: ?(\d{4}))?$/.exec(s) ?? /^nua (dau|cuoi) nam(?: ?(\d{4}))?$/.exec(s);
  if (m) {
    const y = m[2] ? Number(m[2]) : y0;
    if (!y) return null;
    return m[1] === "dau" ? months(y, 1, 6, "half") : months(y, 7, 12, "half");
  }
  m = QUARTERS.exec(s);
  if (m) {
    const qs = (m[1].match(/\b(?:iv|iii|ii|i|[1-4])\b/g) ?? []).map((q) => ROMAN[q]);
    const y = m[2] ? Number(m[2]) : y0;
    if (!y || qs.some((q) => !q)) return null;
    const first = Math.min(...qs);
    const last = Math.max(...qs);
    return months(y, first * 3 - 2, last * 3, qs.length === 1 ? "quarter" : "range");
  }
  m = MONTHS.exec(s);
  if (m) {
    const ms = m[1].split(/\D+/).filter(Boolean).map(Number);
    const y = m[2] ? Number(m[2]) : y0;
    if (!y || ms.some((n) => n < 1 || n > 12)) return null;
    return months(y, Math.min(...ms), Math.max(...ms), ms.length === 1 ? "month" : "range");
  }
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s);
  if (m) return day(Number(m[4]), Number(m[3]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:t[\d:.]+z?)?$/.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(s) ?? /^(\d{1,2}) nam (\d{4})$/.exec(s);
  if (m) return months(Number(m[2]), Number(m[1]), Number(m[1]), "month");
  m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m) return months(Number(m[1]), Number(m[2]), Number(m[2]), "month");
  m = /^(?:ngay )?(\d{1,2})[/.](\d{1,2})$/.exec(s);
  if (m && y0) return day(y0, Number(m[2]), Number(m[1]));
  return null;
}
function day(y, m, d) {
  const p = makeDate(y, m, d);
  return p ? { from: p, to: p, granularity: "day" } : null;
}
function yearOf(span) {
  return Number(span.to.slice(0, 4));
}
function parseRange2(s, ctx) {
  const body = s.replace(/^tu (?:ngay )?/, "");
  const seps = /\s*(?:-|\bden\b|\btoi\b)\s*/g;
  let sep;
  while (sep = seps.exec(body)) {
    const left = body.slice(0, sep.index).trim();
    const right = body.slice(sep.index + sep[0].length).replace(/^(?:ngay )/, "").trim();
    if (!left || !right) continue;
    const b = parseItem(right, ctx);
    if (!b) continue;
    const a = parseItem(left, { ...ctx, year: yearOf(b) }) ?? // `15-20/3/2026`: the left end is a bare day of the right end's month.
    (/^\d{1,2}$/.test(left) && b.granularity === "day" ? day(yearOf(b), Number(b.from.slice(5, 7)), Number(left)) : null);
    if (a && a.from <= b.to) return { from: a.from, to: b.to, granularity: "range" };
  }
  return null;
}
function parseTimeSpanText(input2, ctx = {}) {
  if (input2.length > MAX_LENGTH) return null;
  const plain = PLAIN_DAY.exec(input2);
  const span = plain && day(Number(plain[4]), Number(plain[3]), Number(plain[1]));
  if (span) return span;
  const s = fold2(input2).replace(/^(?:thoi gian(?: thuc hien)?|thuc hien) ?:? ?/, "");
  if (!s) return null;
  return parseItem(s, ctx) ?? parseRange2(s, ctx);
}
var PLAIN_DAY, MAX_LENGTH, ROMAN, ONGOING, YEAR_SUFFIX, QUARTERS, MONTHS;
var init_parse_time_span = __esm({
  "shared/values/parse-time-span.ts"() {
    "use strict";
    init_plain_date();
    PLAIN_DAY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
    MAX_LENGTH = 80;
    ROMAN = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
    ONGOING = /^(?:thuong xuyen|ca ky|trong ky|lien tuc|quanh nam|hang thang|hang quy|dinh ky)$/;
    YEAR_SUFFIX = String.raw`(?:(?:/|-| ?nam | )\s*(\d{4}))?`;
    QUARTERS = new RegExp(
      String.raw`^(?:quy|q) ?((?:iv|iii|ii|i|[1-4])(?:(?:,|-| - | va | den |, ?quy |- ?quy | - quy | va quy | den quy )(?:iv|iii|ii|i|[1-4]))*)${YEAR_SUFFIX}$`
    );
    MONTHS = new RegExp(
      String.raw`^(?:thang|t) ?(\d{1,2}(?:(?:,|-| - | va | den |, ?thang |- ?thang | - thang | va thang | den thang )\d{1,2})*)${YEAR_SUFFIX}$`
    );
  }
});

// shared/values/parse-date.ts
function parseDateText(input2, defaultYear, ctx = {}) {
  return parseTimeSpanText(input2, { ...ctx, year: defaultYear ?? ctx.year });
}
function parseDateValue(value, defaultYear, o = {}) {
  if (value instanceof Date) {
    const p = jsDateToPlain(value);
    return p ? { from: p, to: p, granularity: "day" } : null;
  }
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 1990 && value <= 2100) return parseTimeSpanText(String(value), o);
    const p = excelSerialToDate(Math.floor(value) + (o.date1904 ? DAYS_1904 : 0));
    return p ? { from: p, to: p, granularity: "day" } : null;
  }
  if (typeof value === "string") return parseDateText(value, defaultYear, o);
  return null;
}
var DAYS_1904;
var init_parse_date = __esm({
  "shared/values/parse-date.ts"() {
    "use strict";
    init_plain_date();
    init_parse_time_span();
    DAYS_1904 = 1462;
  }
});

// shared/validate/field-rules.ts
function checkText(cell2, where, label, maxLength) {
  const findings = [];
  const raw = cellText(cell2?.value ?? null);
  let text2 = raw;
  const legacy = raw ? detectLegacyEncoding(raw) : null;
  if (legacy) {
    text2 = convertLegacyText(raw, legacy);
    findings.push(finding("LEGACY_ENCODING", { ...where, value: raw }, LEGACY_LABEL[legacy]));
  }
  if (maxLength && text2.length > maxLength)
    findings.push(finding("TEXT_TOO_LONG", { ...where, value: text2.slice(0, 80) }, label, maxLength));
  return { value: text2 || null, findings };
}
function checkField(column, cell2, where, ctx) {
  const findings = [];
  if (cell2?.formula !== void 0)
    findings.push(finding("FORMULA_INPUT", { ...where, value: `=${cell2.formula}` }, column.header));
  const raw = cell2?.value ?? null;
  if (isBlank(raw)) {
    if (column.required) findings.push(finding("REQUIRED", { ...where, value: null }, column.header));
    return { value: null, findings };
  }
  const at2 = (extra) => findings.concat(extra);
  switch (column.type) {
    case "seq":
      return { value: typeof raw === "number" ? raw : cellText(raw), findings };
    case "text":
    case "task-code": {
      const r = checkText(cell2, where, column.header, column.maxLength);
      const value = column.type === "task-code" && typeof r.value === "string" ? r.value.toUpperCase() : r.value;
      return { value, findings: at2(r.findings) };
    }
    case "list": {
      const listId = column.list ?? "";
      let list = ctx.listCache.get(listId);
      if (!list) {
        list = new CanonicalList(ctx.lists[listId] ?? []);
        ctx.listCache.set(listId, list);
      }
      const text2 = cellText(raw);
      const canonical = list.match(text2);
      if (!canonical)
        return {
          value: text2,
          findings: at2([finding("LIST_VALUE", { ...where, value: text2 }, column.header, text2)])
        };
      return { value: canonical, findings };
    }
    case "number": {
      const n = parseNumber(raw);
      if (!n.ok) {
        const code = n.reason === "negative" ? "NUMBER_NEGATIVE" : "NUMBER_INVALID";
        return {
          value: null,
          findings: at2([
            code === "NUMBER_NEGATIVE" ? finding("NUMBER_NEGATIVE", { ...where, value: raw }, column.header) : finding("NUMBER_INVALID", { ...where, value: raw }, column.header, cellText(raw))
          ])
        };
      }
      if (column.integer && !Number.isInteger(n.value))
        return {
          value: n.value,
          findings: at2([finding("NUMBER_NOT_INTEGER", { ...where, value: n.value }, column.header)])
        };
      if (column.decimals !== void 0 && decimalPlaces(n.value) > column.decimals)
        return {
          value: n.value,
          findings: at2([
            finding("NUMBER_DECIMALS", { ...where, value: n.value }, column.header, column.decimals)
          ])
        };
      return { value: n.value, findings };
    }
    case "date-span": {
      const window = column.window === "period" ? { from: ctx.period.from, to: ctx.period.to } : void 0;
      const span = parseDateValue(raw, ctx.period.year, { periodSpan: window, date1904: ctx.date1904 });
      if (!span)
        return {
          value: cellText(raw),
          findings: at2([finding("DATE_INVALID", { ...where, value: raw }, column.header, cellText(raw))])
        };
      const display = span.granularity === "day" ? formatDmy(span.from) : cellText(raw);
      if (column.window === "period") {
        if (span.to < ctx.period.from || span.from > ctx.period.to)
          return {
            value: display,
            span,
            findings: at2([
              finding(
                "DATE_OUT_OF_RANGE",
                { ...where, value: display },
                column.header,
                formatDmy(ctx.period.from),
                formatDmy(ctx.period.to)
              )
            ])
          };
      }
      return { value: display, span, findings };
    }
  }
}
var LEGACY_LABEL;
var init_field_rules = __esm({
  "shared/validate/field-rules.ts"() {
    "use strict";
    init_plain_date();
    init_cell_values();
    init_legacy_encoding();
    init_normalize();
    init_parse_number();
    init_parse_date();
    init_finding();
    LEGACY_LABEL = { tcvn3: "TCVN3/ABC", vni: "VNI" };
  }
});

// shared/parse/merged-cells.ts
var MergedCells;
var init_merged_cells = __esm({
  "shared/parse/merged-cells.ts"() {
    "use strict";
    init_a1();
    MergedCells = class {
      /** row * 16384 + col of a covered cell → its anchor (top row of the merge, same column). */
      down = /* @__PURE__ */ new Map();
      /** row → widest merge (in columns) covering that row. */
      widths = /* @__PURE__ */ new Map();
      /** Only merges meeting `rows` × `cols` are indexed, and at most `maxCells` covered cells. */
      constructor(merges, rows, cols, maxCells = 2e5) {
        let budget = maxCells;
        for (const ref of merges ?? []) {
          const box = parseRange(ref);
          if (!box || box.bottom < rows[0] || box.top > rows[1] || box.right < cols[0] || box.left > cols[1])
            continue;
          const width = box.right - box.left + 1;
          const r0 = Math.max(box.top, rows[0]);
          const r1 = Math.min(box.bottom, rows[1]);
          for (let r = r0; r <= r1; r++) this.widths.set(r, Math.max(this.widths.get(r) ?? 0, width));
          if (box.bottom === box.top) continue;
          for (let r = Math.max(box.top + 1, rows[0]); r <= r1 && budget > 0; r++, budget--)
            this.down.set(r * 16384 + box.left, box.top);
        }
      }
      /** The cell as the table sees it: a covered cell shows its merge's value. */
      cell(sheet, row, col) {
        const anchor = this.down.get(row * 16384 + col);
        return anchor === void 0 ? sheet.cell(row, col) : sheet.cell(anchor, col);
      }
      /** True when the cell's value comes from a merge anchored above it. */
      covered(row, col) {
        return this.down.has(row * 16384 + col);
      }
      /** Width of the widest merge covering the row (0 when none). */
      widthAt(row) {
        return this.widths.get(row) ?? 0;
      }
    };
  }
});

// shared/parse/read-meta.ts
function readMeta(grid2, templates = BUILT_IN_TEMPLATES) {
  const sheet = grid2.sheet(META_SHEET);
  if (!sheet) throw new NotTtdnWorkbookError(ERROR_MESSAGES.notTtdnWorkbook);
  const meta = {};
  const rows = {};
  for (let r = 1; r <= sheet.rowCount; r++) {
    const key = cellText(sheet.cell(r, 1)?.value ?? null);
    if (!key) continue;
    meta[key] = cellText(sheet.cell(r, 2)?.value ?? null);
    rows[key] = r;
  }
  if (!meta.template) throw new NotTtdnWorkbookError(ERROR_MESSAGES.notTtdnWorkbook);
  const spec = findTemplate(meta.template, meta.version ?? "", templates);
  if (!spec)
    throw new UnknownTemplateError(ERROR_MESSAGES.unknownTemplate(meta.template, meta.version || "?"));
  return { meta, rows, spec };
}
var init_read_meta = __esm({
  "shared/parse/read-meta.ts"() {
    "use strict";
    init_errors();
    init_vi();
    init_catalog();
    init_spec_types();
    init_cell_values();
  }
});

// shared/parse/table-columns.ts
function labelScore(text2, header) {
  if (!text2.f) return 0;
  if (text2.f === header.f) return 3;
  if ((ALIASES[header.f] ?? []).includes(text2.f)) return 3;
  const short = text2.f.length < header.f.length ? text2 : header;
  const long = short === text2 ? header : text2;
  if (short.f.length >= MIN_PREFIX && long.f.startsWith(short.f)) return 2;
  if (short.words.length < 2) return 0;
  let at2 = 0;
  for (const w of short.words) {
    at2 = long.words.indexOf(w, at2);
    if (at2 < 0) return 0;
    at2++;
  }
  return 1;
}
function findHeaderRow(sheet, labels, rows, cols, minMatches) {
  const keys = labels.map((l) => ({ key: l.key, label: folded2(l.header) }));
  let best = null;
  const [c0, c1] = [Math.max(1, cols[0]), Math.max(1, cols[1])];
  for (let r = Math.max(1, rows[0]); r <= rows[1]; r++) {
    const texts = [];
    for (let c = c0; c <= c1; c++) {
      const text2 = cellText(sheet.cell(r, c)?.value ?? null);
      if (text2) texts.push({ col: c, label: folded2(text2), text: text2 });
    }
    if (texts.length < minMatches) continue;
    const pairs = [];
    for (const l of keys)
      for (const t of texts) {
        const score = labelScore(t.label, l.label);
        if (score) pairs.push({ key: l.key, col: t.col, score });
      }
    pairs.sort((a, b) => b.score - a.score || a.col - b.col);
    const colsOf = /* @__PURE__ */ new Map();
    const used = /* @__PURE__ */ new Set();
    for (const p of pairs) {
      if (colsOf.has(p.key) || used.has(p.col)) continue;
      colsOf.set(p.key, p.col);
      used.add(p.col);
    }
    if (colsOf.size < minMatches || best && colsOf.size <= best.cols.size) continue;
    const matched = [...colsOf.values()];
    const left = Math.min(...matched);
    const right = Math.max(...matched);
    const unmatched = texts.filter((t) => !used.has(t.col)).map((t) => ({ col: t.col, text: t.text }));
    best = { row: r, cols: colsOf, unmatched, left, right };
  }
  return best;
}
function isIndexRow(sheet, row, left, right) {
  let n = 0;
  for (let c = left; c <= right; c++) {
    const t = cellText(sheet.cell(row, c)?.value ?? null);
    if (!t) continue;
    if (!/^\(?\d{1,2}\)?$/.test(t)) return false;
    n++;
  }
  return n >= 2;
}
var ALIASES, MIN_PREFIX, folded2;
var init_table_columns = __esm({
  "shared/parse/table-columns.ts"() {
    "use strict";
    init_normalize();
    init_cell_values();
    ALIASES = {
      stt: ["tt", "so tt", "so thu tu"]
    };
    MIN_PREFIX = 6;
    folded2 = (text2) => {
      const f = foldKey(text2);
      return { f, words: f.split(" ") };
    };
  }
});

// shared/parse/recognise-form.ts
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function titlePatterns(templates) {
  const out2 = [];
  for (const spec of templates)
    for (const kind of spec.kinds) {
      const title = spec.titles[kind];
      if (!title) continue;
      const [before, after = ""] = title.split("{year}").map((p) => escapeRegExp(foldKey(p)));
      out2.push({ spec, kind, re: new RegExp(`^${before}\\s*(\\d{4})\\s*${after}$`) });
    }
  return out2;
}
function tableOf(spec) {
  return spec.sections.find((s) => s.type === "table");
}
function unitFromHeader(sheet, registry) {
  const byName = registry.units.map((u2) => ({ code: u2.code, f: foldKey(u2.name) })).filter((u2) => u2.f);
  let best;
  for (let r = 1; r <= Math.min(sheet.rowCount, 6); r++)
    for (let c = 1; c <= Math.min(sheet.columnCount, TITLE_COLS); c++) {
      const f = foldKey(cellText(sheet.cell(r, c)?.value ?? null));
      if (!f) continue;
      for (const u2 of byName)
        if ((f === u2.f || f.includes(u2.f)) && (!best || u2.f.length > best.len))
          best = { code: u2.code, len: u2.f.length };
    }
  return best?.code;
}
function recogniseForm(grid2, templates, registry) {
  const patterns = titlePatterns(templates);
  for (const name of grid2.sheetNames) {
    if (name === META_SHEET || name === LISTS_SHEET) continue;
    const sheet = grid2.sheet(name);
    if (!sheet || sheet.state !== "visible") continue;
    for (let r = 1; r <= Math.min(sheet.rowCount, TITLE_ROWS); r++)
      for (let c = 1; c <= Math.min(sheet.columnCount, TITLE_COLS); c++) {
        const f = foldKey(cellText(sheet.cell(r, c)?.value ?? null));
        if (f.length < 20) continue;
        for (const p of patterns) {
          const m = p.re.exec(f);
          if (!m) continue;
          const table = tableOf(p.spec);
          const labels = table?.columns.map((col) => ({ key: col.key, header: col.header })) ?? [];
          const need = Math.max(2, Math.ceil(labels.length / 2));
          const header = table ? findHeaderRow(
            sheet,
            labels,
            [r + 1, Math.min(sheet.rowCount, HEADER_ROWS)],
            [1, Math.min(sheet.columnCount, 60)],
            need
          ) : null;
          if (table && !header) continue;
          const unit = registry ? unitFromHeader(sheet, registry) : "";
          if (unit === void 0) throw new NotTtdnWorkbookError(READ_ERROR_MESSAGES.unitNotFound);
          return { spec: p.spec, kind: p.kind, year: Number(m[1]), unit, sheet };
        }
      }
  }
  throw new NotTtdnWorkbookError(READ_ERROR_MESSAGES.unrecognisedForm);
}
var TITLE_ROWS, TITLE_COLS, HEADER_ROWS;
var init_recognise_form = __esm({
  "shared/parse/recognise-form.ts"() {
    "use strict";
    init_errors();
    init_vi();
    init_normalize();
    init_spec_types();
    init_cell_values();
    init_table_columns();
    TITLE_ROWS = 15;
    TITLE_COLS = 30;
    HEADER_ROWS = 400;
  }
});

// shared/parse/row-kinds.ts
function isTotalLabel(text2) {
  const f = foldKey(text2);
  return f.length <= 40 && TOTAL_LABEL.test(f);
}
function isSumFormula(formula) {
  return formula !== void 0 && /^\s*=?\s*(?:SUM|SUBTOTAL|AGGREGATE)\s*\(/i.test(formula);
}
function looksLikeHeading(text2) {
  if (HEADING_NUMBERING.test(text2) || /^nhom\b/.test(foldKey(text2))) return true;
  const letters = text2.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
function groupOfHeading(text2, groups) {
  const bare = foldKey(text2).replace(/^(?:[ivxlc]+|[a-z]|\d+(?: \d+)*) /, "").replace(/^nhom (?:nhiem vu )?/, "");
  return groups.match(bare) ?? groups.match(text2);
}
var TOTAL_LABEL, HEADING_NUMBERING;
var init_row_kinds = __esm({
  "shared/parse/row-kinds.ts"() {
    "use strict";
    init_normalize();
    TOTAL_LABEL = /^(?:[ivx]+ |[a-d] |\d+ )?(?:tong cong|tong so|tong|cong)(?: (?:nhom|muc|phan|i|ii|iii|iv|v|[a-d]|\d+)\b.*)?$/;
    HEADING_NUMBERING = /^\s*(?:[IVXLC]+|[A-Z])\s*[.)/:-]\s+/;
  }
});

// shared/parse/parse-workbook.ts
function parseWorkbook(grid2, ctx) {
  const templates = ctx.templates ?? BUILT_IN_TEMPLATES;
  const findings = [];
  let info;
  let recognised;
  try {
    info = readMeta(grid2, templates);
  } catch (e) {
    if (!(e instanceof NotTtdnWorkbookError)) throw e;
    recognised = recogniseForm(grid2, templates, ctx.registry);
    info = {
      spec: recognised.spec,
      rows: {},
      meta: {
        template: recognised.spec.id,
        version: recognised.spec.version,
        kind: recognised.kind,
        unit: recognised.unit,
        year: String(recognised.year)
      }
    };
  }
  const { meta, rows: metaRows, spec } = info;
  const metaWhere = (key) => ({
    sheet: META_SHEET,
    cell: cellRef(metaRows[key] ?? 1, 2),
    field: key
  });
  if (!recognised)
    for (const key of ["template", "version", "kind", "unit", "year", "period"]) {
      if (!meta[key]) findings.push(finding("META_MISSING", { ...metaWhere(key), value: null }, key));
    }
  const kind = REPORT_KINDS.includes(meta.kind) && spec.kinds.includes(meta.kind) ? meta.kind : spec.kinds[0];
  let year = Number(meta.year);
  if (!Number.isInteger(year) || year < 2e3 || year > 2100) {
    if (meta.year)
      findings.push(finding("YEAR_INVALID", { ...metaWhere("year"), value: meta.year }, meta.year));
    year = (/* @__PURE__ */ new Date()).getUTCFullYear();
  }
  const adHoc = kind === "bao-cao-dot-xuat" && meta.period_from && meta.period_to ? { from: meta.period_from, to: meta.period_to, deadline: meta.deadline || meta.period_to } : void 0;
  const period = periodOf(ctx.calendar, kind, year, adHoc);
  if (recognised) {
    meta.period = period.label;
    findings.push(
      finding(
        "METADATA_LOST",
        { sheet: recognised.sheet.name, cell: "A1", field: "meta", value: null },
        KIND_LABELS[kind] ?? kind,
        year,
        recognised.unit || "?"
      )
    );
  }
  if (meta.period && meta.period !== period.label)
    findings.push(
      finding("PERIOD_MISMATCH", { ...metaWhere("period"), value: meta.period }, meta.period, period.label)
    );
  if (ctx.registry && meta.unit && !findUnit(ctx.registry, meta.unit))
    findings.push(finding("UNIT_UNKNOWN", { ...metaWhere("unit"), value: meta.unit }, meta.unit));
  const names = new Map(grid2.definedNames.map((n) => [n.name, n]));
  const mainSheet = recognised?.sheet ?? grid2.sheet(spec.sheetName) ?? firstVisibleSheet(grid2);
  const need = (name) => {
    const n = names.get(name);
    const sheet = n ? grid2.sheet(n.sheet) : void 0;
    const box = n ? parseRange(n.range) : null;
    if (n && sheet && box) return { sheet, box, named: true };
    const found = mainSheet ? locateByLabel(spec, name, mainSheet) : null;
    if (found) return found;
    throw new NotTtdnWorkbookError(
      recognised ? READ_ERROR_MESSAGES.missingTable(name) : ERROR_MESSAGES.missingName(name)
    );
  };
  const submission = {
    template: { id: spec.id, version: spec.version },
    kind,
    unit: (meta.unit ?? "").toUpperCase(),
    year,
    period: period.label,
    meta,
    sheet: spec.sheetName,
    docNumber: null,
    reportDate: null,
    rows: [],
    indicators: {},
    indicatorCells: {},
    narratives: {},
    narrativeCells: {}
  };
  const date1904 = ctx.date1904 ?? grid2.date1904 === true;
  const header = (name) => {
    if (!recognised) return need(name);
    try {
      return need(name);
    } catch {
      return null;
    }
  };
  const fallbackWhere = (field) => ({ sheet: mainSheet?.name ?? spec.sheetName, cell: "A1", field });
  const doc = header(NAME_DOC_NUMBER);
  submission.sheet = doc?.sheet.name ?? mainSheet?.name ?? spec.sheetName;
  const docText = doc ? cellText(doc.sheet.cell(doc.box.top, doc.box.left)?.value ?? null) : "";
  const docWhere = doc ? { sheet: doc.sheet.name, cell: cellRef(doc.box.top, doc.box.left), field: NAME_DOC_NUMBER } : fallbackWhere(NAME_DOC_NUMBER);
  if (/\d/.test(docText)) submission.docNumber = docText.replace(/^Số\s*:?\s*/i, "").replace(/\s+/g, "");
  else findings.push(finding("HEADER_MISSING", { ...docWhere, value: docText }, "s\u1ED1 v\u0103n b\u1EA3n (S\u1ED1: \u2026)"));
  const dateRef = header(NAME_REPORT_DATE);
  const dateCell2 = dateRef?.sheet.cell(dateRef.box.top, dateRef.box.left);
  const dateWhere = dateRef ? { sheet: dateRef.sheet.name, cell: cellRef(dateRef.box.top, dateRef.box.left), field: NAME_REPORT_DATE } : fallbackWhere(NAME_REPORT_DATE);
  if (isBlank(dateCell2?.value))
    findings.push(finding("HEADER_MISSING", { ...dateWhere, value: null }, "ng\xE0y ban h\xE0nh v\u0103n b\u1EA3n"));
  else {
    const span = parseDateValue(dateCell2?.value ?? null, void 0, { date1904 });
    const line = dateLine(dateCell2?.value ?? null);
    if (span && span.granularity === "day") submission.reportDate = span.from;
    else if (line) submission.reportDate = line;
    else
      findings.push(
        finding(
          "DATE_INVALID",
          { ...dateWhere, value: dateCell2?.value ?? null },
          "Ng\xE0y ban h\xE0nh",
          cellText(dateCell2?.value ?? null)
        )
      );
  }
  const fieldCtx = { period, lists: spec.lists, listCache: /* @__PURE__ */ new Map(), date1904 };
  const stopKeys = stopMarkers(spec);
  for (const section2 of spec.sections) {
    if (section2.type === "table")
      readTable(section2, need(section2.name), kind, year, submission, findings, fieldCtx, stopKeys);
    else if (section2.type === "indicators") readIndicators(section2, need(section2.name), submission, findings);
    else if (section2.type === "narrative") readNarrative(section2, need(section2.name), submission, findings);
  }
  findings.push(...applyCrossRules(spec, submission, { planCodes: ctx.planCodes }));
  if (isEmptySubmission(submission))
    findings.push(finding("FORM_EMPTY", { sheet: submission.sheet, cell: "A1", field: "form", value: null }));
  return { submission, findings, spec, period };
}
function stopMarkers(spec) {
  const keys = ["noi nhan"];
  for (const s of spec.sections) {
    if (s.type === "heading") keys.push(foldKey(s.text));
    if (s.type === "narrative" || s.type === "indicators") keys.push(foldKey(s.heading));
    if (s.type === "table" && s.heading) keys.push(foldKey(s.heading));
  }
  return keys.filter(Boolean);
}
function firstVisibleSheet(grid2) {
  for (const n of grid2.sheetNames) {
    const s = grid2.sheet(n);
    if (s && s.state === "visible" && !n.startsWith("_")) return s;
  }
  return void 0;
}
function dateLine(v) {
  if (typeof v !== "string") return null;
  const m = /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/.exec(foldKey(v));
  return m ? makeDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}
function locateByLabel(spec, name, sheet) {
  const rows = [1, Math.min(sheet.rowCount, HEADER_SCAN_ROWS)];
  const cols = [1, Math.min(sheet.columnCount, HEADER_SCAN_COLS)];
  const scan = (test) => {
    for (let r = rows[0]; r <= rows[1]; r++)
      for (let c = cols[0]; c <= cols[1]; c++) {
        const t = cellText(sheet.cell(r, c)?.value ?? null);
        if (t && test(t, r, c)) return [r, c];
      }
    return null;
  };
  if (name === NAME_DOC_NUMBER) {
    const at2 = scan((t, r) => r <= 10 && /^số\s*[:.]/i.test(t));
    return at2 ? { sheet, box: { top: at2[0], left: at2[1], bottom: at2[0], right: at2[1] }, named: false } : null;
  }
  if (name === NAME_REPORT_DATE) {
    const at2 = scan((_t, r, c) => {
      if (r > 10) return false;
      const v = sheet.cell(r, c)?.value ?? null;
      return dateLine(v) !== null || (typeof v === "number" || v instanceof Date) && parseDateValue(v)?.granularity === "day";
    });
    return at2 ? { sheet, box: { top: at2[0], left: at2[1], bottom: at2[0], right: at2[1] }, named: false } : null;
  }
  const section2 = spec.sections.find((s) => "name" in s && s.name === name);
  if (!section2) return null;
  if (section2.type === "table") {
    const labels = section2.columns.map((c) => ({ key: c.key, header: c.header }));
    const h = findHeaderRow(sheet, labels, rows, cols, Math.max(2, Math.ceil(labels.length / 2)));
    if (!h) return null;
    const top = h.row + (isIndexRow(sheet, h.row + 1, h.left, h.right) ? 2 : 1);
    return { sheet, box: { top, left: h.left, bottom: top - 1, right: h.right }, named: false };
  }
  if (section2.type === "indicators") {
    const h = findHeaderRow(sheet, INDICATOR_LABELS, rows, cols, 2);
    if (!h) return null;
    const [code, value] = [h.cols.get("code"), h.cols.get("value")];
    return {
      sheet,
      box: { top: h.row + 1, left: code, bottom: h.row + section2.indicators.length, right: value },
      named: false
    };
  }
  if (section2.type === "narrative") {
    const key = foldKey(section2.heading);
    const at2 = scan((t) => foldKey(t) === key);
    if (!at2) return null;
    const hint = foldKey(section2.hint);
    const next = foldKey(cellText(sheet.cell(at2[0] + 1, at2[1])?.value ?? null));
    const row = next === hint ? at2[0] + 2 : at2[0] + 1;
    return { sheet, box: { top: row, left: at2[1], bottom: row, right: at2[1] }, named: false };
  }
  return null;
}
function tableColumns(section2, at2, findings) {
  const { sheet, box } = at2;
  const labels = section2.columns.map((c) => ({ key: c.key, header: c.header }));
  const need = Math.max(2, Math.ceil(labels.length / 2));
  const scanCols = [
    Math.max(1, box.left - 3),
    Math.min(Math.max(sheet.columnCount, box.right), box.right + 10)
  ];
  const h = at2.named ? findHeaderRow(sheet, labels, [box.top - 4, box.top - 1], scanCols, need) : findHeaderRow(sheet, labels, [box.top - 2, box.top - 1], scanCols, need);
  if (!h) {
    const colOf = new Map(section2.columns.map((c, i2) => [c.key, box.left + i2]));
    return { colOf, left: box.left, right: box.right, bodyTop: box.top };
  }
  const left = Math.min(h.left, at2.named ? box.left : h.left);
  const right = Math.max(h.right, at2.named ? box.right : h.right);
  for (const x2 of h.unmatched)
    if (x2.col >= left && x2.col <= right)
      findings.push(
        finding(
          "COLUMN_EXTRA",
          { sheet: sheet.name, cell: cellRef(h.row, x2.col), field: section2.name, value: x2.text },
          x2.text
        )
      );
  for (const c of section2.columns) {
    if (h.cols.has(c.key) || c.type === "seq") continue;
    const where = { sheet: sheet.name, cell: cellRef(h.row, left), field: c.key, value: null };
    findings.push(
      c.required ? finding("COLUMN_MISSING", where, c.header) : finding("COLUMN_ABSENT", where, c.header)
    );
  }
  const afterHeader = h.row + (isIndexRow(sheet, h.row + 1, left, right) ? 2 : 1);
  return { colOf: h.cols, left, right, bodyTop: at2.named ? Math.min(box.top, afterHeader) : afterHeader };
}
function rowLabel(sheet, row, left, right) {
  for (let c = left; c <= right; c++) {
    const v = sheet.cell(row, c)?.value ?? null;
    if (typeof v === "string") {
      const t = cellText(v);
      if (t) return t;
    }
  }
  return "";
}
function readTable(section2, at2, kind, year, submission, findings, ctx, stopKeys) {
  const { sheet, box } = at2;
  const isPlan = kind === "ke-hoach-nam";
  const cols = section2.columns;
  const { colOf, left, right, bodyTop } = tableColumns(section2, at2, findings);
  const mapped = cols.filter((c) => colOf.has(c.key));
  const dataCols = mapped.filter((c) => c.type !== "seq" && !(c.type === "task-code" && isPlan));
  const groupCol = cols.find((c) => c.type === "list" && c.list === "nhomNhiemVu");
  const groups = new CanonicalList(ctx.lists.nhomNhiemVu ?? []);
  const rows = [];
  let blankRun = 0;
  const codeCol = cols.find((c) => c.type === "task-code");
  let maxPrinted = 0;
  const bottom = at2.named ? box.bottom : bodyTop - 1;
  const last = Math.max(bottom, sheet.rowCount);
  const merges = new MergedCells(sheet.merges, [bodyTop, last], [left, right]);
  const width = right - left + 1;
  let headingGroup;
  for (let r = bodyTop; r <= last; r++) {
    const below = r > bottom;
    const label = rowLabel(sheet, r, left, right);
    const first = foldKey(label);
    if ((below || !at2.named) && first && stopKeys.some((k) => first.startsWith(k))) break;
    if (isPlan && codeCol && colOf.has(codeCol.key)) {
      const printed = parseTaskCode(cellText(sheet.cell(r, colOf.get(codeCol.key))?.value ?? null));
      if (printed) maxPrinted = Math.max(maxPrinted, printed.seq);
    }
    const filled = dataCols.filter((c) => !isBlank(sheet.cell(r, colOf.get(c.key))?.value ?? null));
    if (label && isTotalLabel(label) || mapped.some((c) => c.type === "number" && isSumFormula(sheet.cell(r, colOf.get(c.key))?.formula))) {
      blankRun = 0;
      continue;
    }
    const ownTexts = countFilled(sheet, r, left, right);
    if (label && (merges.widthAt(r) >= Math.max(3, Math.ceil(width / 2)) && ownTexts <= 1 || ownTexts === 1 && looksLikeHeading(label) && !(groupCol && filled.length === 1 && filled[0] === groupCol))) {
      headingGroup = groupOfHeading(label, groups) ?? headingGroup;
      blankRun = 0;
      continue;
    }
    if (!filled.length) {
      if ((below || !at2.named) && ++blankRun >= (at2.named ? MAX_BLANK_RUN_BELOW : MAX_BLANK_RUN_OPEN)) break;
      continue;
    }
    blankRun = 0;
    const row = {
      index: rows.length + 1,
      sheetRow: r,
      values: {},
      spans: {},
      cells: {},
      belowTable: below && at2.named
    };
    for (const c of cols) {
      const col = colOf.get(c.key);
      if (col === void 0) {
        row.values[c.key] = null;
        row.cells[c.key] = cellRef(r, left);
        continue;
      }
      const where = { sheet: sheet.name, cell: cellRef(r, col), field: c.key };
      row.cells[c.key] = where.cell;
      let cell2 = merges.cell(sheet, r, col);
      if (c === groupCol && isBlank(cell2?.value ?? null) && headingGroup) cell2 = { value: headingGroup };
      const res = checkField(c, cell2, where, ctx);
      row.values[c.key] = res.value;
      if (res.span) row.spans[c.key] = res.span;
      findings.push(...res.findings);
    }
    if (below && at2.named)
      findings.push(
        finding("ROW_BELOW_TABLE", {
          sheet: sheet.name,
          cell: cellRef(r, left),
          field: section2.name,
          value: null
        })
      );
    rows.push(row);
  }
  if (isPlan)
    assignTaskCodes(
      codeCol?.key,
      rows,
      year,
      // The form's own task-code unit (registry abbreviation, in _ttdn since layout 11a), else derived.
      submission.meta.unit_abbr || unitShort(submission.unit),
      findings,
      sheet.name,
      maxPrinted
    );
  submission.rows.push(...rows);
}
function countFilled(sheet, row, left, right) {
  let n = 0;
  for (let c = left; c <= right; c++) if (!isBlank(sheet.cell(row, c)?.value ?? null)) n++;
  return n;
}
function assignTaskCodes(key, rows, year, short, findings, sheet, maxPrinted) {
  if (!key) return;
  const seen = /* @__PURE__ */ new Map();
  let next = maxPrinted;
  for (const r of rows) {
    const p = typeof r.values[key] === "string" ? parseTaskCode(r.values[key]) : null;
    if (p) next = Math.max(next, p.seq);
  }
  for (const r of rows) {
    const code = typeof r.values[key] === "string" ? r.values[key] : "";
    if (code && seen.has(code)) {
      findings.push(
        finding(
          "DUPLICATE_CODE",
          { sheet, cell: r.cells[key], field: key, value: code },
          code,
          seen.get(code)
        )
      );
      r.values[key] = taskCode(year, short, ++next);
    } else if (!code) r.values[key] = taskCode(year, short, ++next);
    seen.set(String(r.values[key]), r.sheetRow);
  }
}
function readIndicators(section2, at2, submission, findings) {
  const { sheet, box } = at2;
  const h = findHeaderRow(
    sheet,
    [...INDICATOR_LABELS, ...INDICATOR_VALUE_ALIASES.map((a) => ({ key: "value", header: a }))],
    [box.top - 3, box.top - 1],
    [Math.max(1, box.left - 3), Math.min(Math.max(sheet.columnCount, box.right), box.right + 10)],
    2
  );
  const codeCol = h?.cols.get("code") ?? box.left;
  const valueCol = h?.cols.get("value") ?? box.right;
  const specByKey = new Map(section2.indicators.map((i2) => [foldKey(i2.code), i2]));
  for (const ind of section2.indicators) submission.indicators[ind.code] = null;
  const last = Math.max(box.bottom, Math.min(sheet.rowCount, box.bottom + section2.indicators.length));
  for (let r = box.top; r <= last; r++) {
    const ind = specByKey.get(foldKey(cellText(sheet.cell(r, codeCol)?.value ?? null)));
    if (!ind) continue;
    const cell2 = sheet.cell(r, valueCol);
    const where = { sheet: sheet.name, cell: cellRef(r, valueCol), field: ind.code };
    submission.indicatorCells[ind.code] = where.cell;
    const res = checkField(
      {
        key: ind.code,
        header: `${ind.code} ${ind.name}`,
        type: "number",
        width: 0,
        decimals: ind.money ? 3 : void 0,
        integer: !ind.money
      },
      cell2,
      where,
      {
        period: { kind: submission.kind, year: submission.year, from: "", to: "", deadline: "", label: "" },
        lists: {},
        listCache: /* @__PURE__ */ new Map()
      }
    );
    findings.push(...res.findings);
    submission.indicators[ind.code] = typeof res.value === "number" ? res.value : null;
  }
}
function readNarrative(section2, at2, submission, findings) {
  const { sheet, box } = at2;
  const where = { sheet: sheet.name, cell: cellRef(box.top, box.left), field: section2.name };
  submission.narrativeCells[section2.key] = where.cell;
  const cell2 = sheet.cell(box.top, box.left);
  if (cell2?.formula !== void 0)
    findings.push(finding("FORMULA_INPUT", { ...where, value: `=${cell2.formula}` }, section2.heading));
  const res = checkText(cell2, where, section2.heading, section2.maxLength);
  findings.push(...res.findings);
  submission.narratives[section2.key] = typeof res.value === "string" ? res.value : "";
}
var MAX_BLANK_RUN_BELOW, HEADER_SCAN_ROWS, HEADER_SCAN_COLS, INDICATOR_LABELS, INDICATOR_VALUE_ALIASES, MAX_BLANK_RUN_OPEN;
var init_parse_workbook = __esm({
  "shared/parse/parse-workbook.ts"() {
    "use strict";
    init_calendar();
    init_errors();
    init_types();
    init_plain_date();
    init_a1();
    init_vi();
    init_registry_presets();
    init_normalize();
    init_catalog();
    init_spec_types();
    init_task_code();
    init_cross_rules();
    init_finding();
    init_field_rules();
    init_parse_date();
    init_cell_values();
    init_merged_cells();
    init_read_meta();
    init_recognise_form();
    init_row_kinds();
    init_table_columns();
    init_submission();
    MAX_BLANK_RUN_BELOW = 3;
    HEADER_SCAN_ROWS = 400;
    HEADER_SCAN_COLS = 60;
    INDICATOR_LABELS = [
      { key: "code", header: "M\xE3 ch\u1EC9 ti\xEAu" },
      { key: "value", header: "S\u1ED1 l\u01B0\u1EE3ng" }
    ];
    INDICATOR_VALUE_ALIASES = ["so lieu", "gia tri", "ket qua", "thuc hien", "so luong thuc hien"];
    MAX_BLANK_RUN_OPEN = 40;
  }
});

// shared/ports/sheet-port.ts
var init_sheet_port = __esm({
  "shared/ports/sheet-port.ts"() {
    "use strict";
  }
});

// shared/entry/entry-ops.ts
var init_entry_ops = __esm({
  "shared/entry/entry-ops.ts"() {
    "use strict";
    init_errors();
    init_a1();
    init_vi();
    init_parse_workbook();
    init_catalog();
    init_spec_types();
    init_legacy_encoding();
  }
});

// shared/ports/flows.ts
var init_flows = __esm({
  "shared/ports/flows.ts"() {
    "use strict";
    init_calendar();
    init_errors();
    init_build_template();
    init_vi();
    init_registry_presets();
    init_catalog();
    init_entry_ops();
  }
});

// shared/consolidate/types.ts
var init_types2 = __esm({
  "shared/consolidate/types.ts"() {
    "use strict";
  }
});

// shared/consolidate/unit-from-file-name.ts
function unitFromFileName(registry, file) {
  const base = file.replace(/^.*[/\\]/, "").replace(/\.[^.]*$/, "");
  const f = ` ${foldKey(base.replace(/_/g, " "))} `;
  let best;
  for (const u2 of registry.units)
    for (const key of [foldKey(u2.code.replace(/_/g, " ")), foldKey(u2.name)]) {
      if (key && f.includes(` ${key} `) && (!best || key.length > best.len))
        best = { code: u2.code, len: key.length };
    }
  return best?.code;
}
var init_unit_from_file_name = __esm({
  "shared/consolidate/unit-from-file-name.ts"() {
    "use strict";
    init_normalize();
  }
});

// shared/consolidate/parsed-file.ts
function parseReceivedFile(file, grid2, ctx) {
  if (grid2 instanceof Error) return { file, outcome: "unreadable", reason: grid2.message };
  try {
    const parsed = parseWorkbook(grid2, {
      calendar: ctx.calendar,
      registry: ctx.registry,
      templates: ctx.templates
    });
    return { file, outcome: "parsed", submission: parsed.submission, findings: parsed.findings };
  } catch (e) {
    if (!(e instanceof TtdnError)) throw e;
    return { file, outcome: "unreadable", reason: e.message };
  }
}
var init_parsed_file = __esm({
  "shared/consolidate/parsed-file.ts"() {
    "use strict";
    init_errors();
    init_parse_workbook();
  }
});

// shared/consolidate/consolidator.ts
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function round3(n) {
  return Math.round(n * 1e3) / 1e3;
}
function limitsPart(text2) {
  const folded3 = text2.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  const start = folded3.indexOf("han che");
  if (start < 0) return text2;
  const end = folded3.indexOf("nguyen nhan", start);
  return text2.slice(start, end < 0 ? void 0 : end).trim();
}
function totalsCheck(accepted, codes, totals, activityCount) {
  const mismatches = [];
  for (const c of codes) {
    const cents = accepted.reduce((sum, e) => sum + Math.round((e.submission.indicators[c] ?? 0) * 1e3), 0);
    if (cents !== Math.round(totals[c] * 1e3)) mismatches.push(`${c}: ${cents / 1e3} \u2260 ${totals[c]}`);
  }
  const rows = accepted.reduce((n, e) => n + e.submission.rows.length, 0);
  if (rows !== activityCount) mismatches.push(`ho\u1EA1t \u0111\u1ED9ng: ${rows} \u2260 ${activityCount}`);
  return { ok: mismatches.length === 0, mismatches };
}
var Consolidator;
var init_consolidator = __esm({
  "shared/consolidate/consolidator.ts"() {
    "use strict";
    init_calendar();
    init_vi();
    init_submission();
    init_registry_presets();
    init_unit_from_file_name();
    init_normalize();
    init_catalog();
    init_cross_rules();
    init_finding();
    init_parsed_file();
    Consolidator = class {
      constructor(opts) {
        this.opts = opts;
        this.period = periodOf(opts.calendar, opts.kind, opts.year);
        this.importedAt = opts.importedAt ?? `${opts.asOf}T00:00:00.000Z`;
      }
      opts;
      entries = [];
      plans = /* @__PURE__ */ new Map();
      period;
      importedAt;
      /** Convenience for hosts that parse in the same thread: parse, then `addParsedPlan`. */
      addPlan(file, grid2) {
        this.addParsedPlan(parseReceivedFile(file, grid2, this.opts));
      }
      /** Convenience for hosts that parse in the same thread: parse, then `addParsed`. */
      addFile(file, grid2) {
        this.addParsed(parseReceivedFile(file, grid2, this.opts));
      }
      /** A plan of this year (its task codes feed the reports' plan link checks and plan vs result). */
      addParsedPlan(p) {
        if (p.outcome !== "parsed") return;
        const s = p.submission;
        if (s.kind !== "ke-hoach-nam" || s.year !== this.opts.year) return;
        const prev = this.plans.get(s.unit);
        if (prev && (prev.received ?? "") > (p.file.received ?? "")) return;
        const codes = /* @__PURE__ */ new Set();
        for (const r of s.rows)
          if (typeof r.values.maNhiemVu === "string") codes.add(r.values.maNhiemVu.toUpperCase());
        this.plans.set(s.unit, { file: p.file.file, received: p.file.received, codes });
      }
      /**
       * One submitted file, parsed anywhere (see `ParsedFile`). Plans must all be added first: the
       * plan link findings are computed here from the unit's plan.
       */
      addParsed(p) {
        const order = this.entries.length;
        const base = {
          ...p.file,
          unit: null,
          kind: null,
          template: null,
          reportDate: null,
          status: "unreadable",
          errors: 0,
          warnings: 0,
          reason: null,
          version: 0,
          importedAt: this.importedAt
        };
        if (p.outcome === "unreadable") {
          const unit = unitFromFileName(this.opts.registry, p.file.file) ?? null;
          this.entries.push({ record: { ...base, unit, reason: p.reason }, findings: [], order });
          return;
        }
        const s = p.submission;
        const findings = [...p.findings];
        const planCodes = this.plans.get(s.unit.toUpperCase())?.codes ?? this.plans.get(s.unit)?.codes;
        const spec = findTemplate(s.template.id, s.template.version, this.opts.templates ?? BUILT_IN_TEMPLATES);
        if (planCodes && spec) findings.push(...applyPlanLinkRules(spec, s, planCodes));
        const { errors, warnings } = countBySeverity(findings);
        const record = {
          ...base,
          unit: s.unit,
          kind: s.kind,
          template: s.template,
          reportDate: s.reportDate,
          errors,
          warnings,
          status: "accepted"
        };
        const file = p.file;
        if (isEmptySubmission(s)) {
          record.status = "empty";
          record.reason = EMPTY_FORM_REASON;
        } else if (s.kind !== this.opts.kind || s.year !== this.opts.year) {
          record.status = "rejected";
          record.reason = CONSOLIDATION_MESSAGES.wrongPeriod(s.kind, s.year, this.opts.kind, this.opts.year);
        } else if (errors > 0) {
          if (this.opts.includeRejected?.includes(file.file))
            record.reason = CONSOLIDATION_MESSAGES.includedDespiteErrors(errors);
          else {
            record.status = "rejected";
            record.reason = CONSOLIDATION_MESSAGES.blockingErrors(
              errors,
              findings.find((f) => f.severity === "error")?.message ?? ""
            );
          }
        }
        this.entries.push({ record, submission: s, findings, order });
      }
      finish() {
        const { registry } = this.opts;
        const entries = [...this.entries].sort((a, b) => cmp(a.record.file, b.record.file) || a.order - b.order);
        const byUnit = /* @__PURE__ */ new Map();
        for (const e of entries) {
          const unreadable = e.record.status === "unreadable";
          if (!e.record.unit || !unreadable && (e.record.kind !== this.opts.kind || e.submission?.year !== this.opts.year))
            continue;
          const list = byUnit.get(e.record.unit) ?? [];
          list.push(e);
          byUnit.set(e.record.unit, list);
        }
        const chosen = /* @__PURE__ */ new Map();
        const firstReceived = /* @__PURE__ */ new Map();
        for (const [unit, list] of byUnit) {
          list.sort(
            (a, b) => cmp(a.record.received ?? "", b.record.received ?? "") || cmp(a.record.reportDate ?? "", b.record.reportDate ?? "") || cmp(a.record.file, b.record.file)
          );
          list.forEach((e, i2) => e.record.version = i2 + 1);
          const accepted2 = list.filter((e) => e.record.status === "accepted");
          firstReceived.set(unit, (accepted2[0] ?? list[0]).record.received);
          const winner = accepted2[accepted2.length - 1];
          for (const e of accepted2) {
            if (e === winner) continue;
            e.record.status = "superseded";
            e.record.reason = CONSOLIDATION_MESSAGES.supersededBy(winner.record.file);
          }
          chosen.set(unit, winner ?? list[list.length - 1]);
        }
        const spec = templateForKind(this.opts.kind, this.opts.templates ?? BUILT_IN_TEMPLATES);
        const names = new Map(registry.units.map((u2) => [u2.code, u2.name]));
        const unitName = (code) => names.get(code) ?? findUnit(registry, code)?.name ?? code;
        const indicators = {};
        const totals = {};
        const codes = indicatorSection(spec)?.indicators.map((i2) => i2.code) ?? [];
        for (const c of codes) {
          indicators[c] = {};
          totals[c] = 0;
        }
        const activities = [];
        const narratives = [];
        const planNarratives = [];
        const accepted = entries.filter((e) => e.record.status === "accepted" && e.submission);
        const unitOrder = new Map(registry.units.map((u2, i2) => [u2.code, i2]));
        accepted.sort(
          (a, b) => (unitOrder.get(a.record.unit) ?? 1e9) - (unitOrder.get(b.record.unit) ?? 1e9) || cmp(a.record.file, b.record.file)
        );
        for (const e of accepted) {
          const s = e.submission;
          for (const c of codes) {
            const v = s.indicators[c];
            if (v === null || v === void 0) continue;
            indicators[c][s.unit] = { value: v, file: e.record.file, sheet: s.sheet, cell: s.indicatorCells[c] };
            totals[c] = round3(totals[c] + v);
          }
          for (const row of s.rows)
            activities.push({
              unit: s.unit,
              unitName: unitName(s.unit),
              file: e.record.file,
              sheet: s.sheet,
              row
            });
          if (s.kind !== "ke-hoach-nam")
            narratives.push({
              unit: s.unit,
              unitName: unitName(s.unit),
              limits: limitsPart(s.narratives.danhGia ?? ""),
              proposals: s.narratives.kienNghi ?? ""
            });
          else
            planNarratives.push({
              unit: s.unit,
              unitName: unitName(s.unit),
              purpose: s.narratives.mucDich ?? "",
              implementation: s.narratives.toChuc ?? ""
            });
        }
        const groups = spec.lists.nhomNhiemVu ?? [];
        const groupOf = new Map(groups.map((g, i2) => [g, i2]));
        const buckets = Array.from({ length: groups.length + 1 }, () => []);
        for (const a of activities) {
          const g = a.row.values.nhomNhiemVu;
          buckets[(typeof g === "string" ? groupOf.get(g) : void 0) ?? groups.length].push(a);
        }
        activities.length = 0;
        for (const b of buckets) for (const a of b) activities.push(a);
        const completeness = registry.units.filter((u2) => u2.active || chosen.has(u2.code)).map((u2) => {
          const e = chosen.get(u2.code);
          if (e && e.record.status !== "accepted" && e.record.status !== "rejected")
            return {
              unit: u2.code,
              unitName: u2.name,
              submitted: false,
              file: e.record.file,
              received: e.record.received,
              reportDate: e.record.reportDate,
              status: "missing",
              lateDays: 0,
              errors: e.record.errors,
              warnings: e.record.warnings,
              version: e.record.version,
              state: e.record.status,
              reason: e.record.reason
            };
          if (!e)
            return {
              unit: u2.code,
              unitName: u2.name,
              submitted: false,
              file: null,
              received: null,
              reportDate: null,
              status: "missing",
              lateDays: 0,
              errors: 0,
              warnings: 0,
              version: 0,
              state: "missing",
              reason: null
            };
          const t = timeliness(
            this.period.deadline,
            firstReceived.get(u2.code) ?? e.record.received,
            this.opts.asOf
          );
          return {
            unit: u2.code,
            unitName: u2.name,
            submitted: e.record.status === "accepted",
            file: e.record.file,
            received: e.record.received,
            reportDate: e.record.reportDate,
            status: t.status === "late" ? "late" : t.status === "on-time" ? "on-time" : "missing",
            lateDays: t.status === "late" ? t.days : 0,
            ...t.afterAsOf ? { afterAsOf: true } : {},
            errors: e.record.errors,
            warnings: e.record.warnings,
            version: e.record.version,
            // A rejected file was received on time or late, but it is not a submission.
            state: e.record.status,
            reason: e.record.reason
          };
        });
        const findings = entries.flatMap(
          (e) => e.findings.map((f) => ({ ...f, file: e.record.file, unit: e.record.unit }))
        );
        const planProgress = this.planProgress(accepted, unitName);
        const check = totalsCheck(accepted, codes, totals, activities.length);
        return {
          kind: this.opts.kind,
          year: this.opts.year,
          period: this.period,
          asOf: this.opts.asOf,
          province: registry.province,
          submissions: entries.map((e) => e.record),
          findings,
          completeness,
          indicators,
          totals,
          activities,
          planProgress,
          narratives,
          planNarratives,
          check
        };
      }
      planProgress(accepted, unitName) {
        if (this.opts.kind === "ke-hoach-nam") return [];
        const out2 = [];
        const reports = new Map(accepted.map((e) => [e.record.unit, e.submission]));
        const units = [...this.plans.keys()].sort((a, b) => cmp(a, b));
        for (const unit of units) {
          const plan = this.plans.get(unit);
          const p = {
            unit,
            unitName: unitName(unit),
            planned: plan.codes.size,
            done: 0,
            inProgress: 0,
            notDone: 0,
            unplanned: 0,
            notReported: 0,
            percentDone: null
          };
          const seen = /* @__PURE__ */ new Set();
          for (const r of reports.get(unit)?.rows ?? []) {
            const code = typeof r.values.maNhiemVu === "string" ? r.values.maNhiemVu.toUpperCase() : "";
            const status = foldKey(String(r.values.tinhTrang ?? ""));
            if (!code || !plan.codes.has(code) || status === foldKey("Ph\xE1t sinh ngo\xE0i k\u1EBF ho\u1EA1ch")) {
              p.unplanned++;
              continue;
            }
            if (seen.has(code)) continue;
            seen.add(code);
            if (status === foldKey("Ho\xE0n th\xE0nh")) p.done++;
            else if (status === foldKey("\u0110ang th\u1EF1c hi\u1EC7n")) p.inProgress++;
            else p.notDone++;
          }
          p.notReported = plan.codes.size - seen.size;
          p.percentDone = plan.codes.size ? Math.round(p.done / plan.codes.size * 1e3) / 10 : null;
          out2.push(p);
        }
        return out2;
      }
    };
  }
});

// shared/consolidate/picked-files.ts
var init_picked_files = __esm({
  "shared/consolidate/picked-files.ts"() {
    "use strict";
  }
});

// shared/export/export-document.ts
function toExportDocument(r, registry, generator) {
  const spec = templateForKind(r.kind);
  const table = tableSection(spec);
  const columns = (table?.columns ?? []).filter((c) => c.type !== "seq").map((c) => ({ key: c.key, header: c.header }));
  return {
    schema: EXPORT_SCHEMA_ID,
    generator,
    province: registry.province,
    consolidator: registry.consolidator.name,
    ministry: registry.ministry.name,
    kind: r.kind,
    year: r.year,
    period: { label: r.period.label, from: r.period.from, to: r.period.to, deadline: r.period.deadline },
    asOf: r.asOf,
    indicators: (indicatorSection(spec)?.indicators ?? []).map((i2) => ({
      code: i2.code,
      name: i2.name,
      unit: i2.unit,
      total: r.totals[i2.code] ?? 0,
      values: Object.entries(r.indicators[i2.code] ?? {}).map(([unit, v]) => ({
        unit,
        value: v.value,
        file: v.file,
        cell: `${v.sheet}!${v.cell}`
      }))
    })),
    columns,
    activities: r.activities.map((a) => ({
      unit: a.unit,
      unitName: a.unitName,
      file: a.file,
      cell: `${a.sheet}!${a.row.cells[columns[0]?.key ?? ""] ?? ""}`,
      values: Object.fromEntries(columns.map((c) => [c.key, a.row.values[c.key] ?? null]))
    })),
    completeness: r.completeness.map((c) => ({
      unit: c.unit,
      unitName: c.unitName,
      status: c.status,
      lateDays: c.lateDays,
      file: c.file,
      received: c.received,
      reportDate: c.reportDate,
      errors: c.errors,
      warnings: c.warnings,
      version: c.version,
      state: c.state,
      reason: c.reason
    })),
    submissions: r.submissions.map((s) => ({
      file: s.file,
      unit: s.unit,
      status: s.status,
      errors: s.errors,
      warnings: s.warnings,
      reason: s.reason
    })),
    lineage: r.submissions.map((s) => ({
      file: s.file,
      sha256: s.sha256,
      template: s.template?.id ?? null,
      version: s.template?.version ?? null,
      unit: s.unit,
      status: s.status,
      importedAt: s.importedAt
    })),
    planProgress: r.planProgress,
    narratives: r.narratives.map((n) => ({ ...n })),
    planNarratives: r.planNarratives.map((n) => ({ ...n })),
    totalsCheck: r.check
  };
}
var EXPORT_SCHEMA_ID;
var init_export_document = __esm({
  "shared/export/export-document.ts"() {
    "use strict";
    init_catalog();
    EXPORT_SCHEMA_ID = "ttdn-export/1";
  }
});

// shared/export/csv-tables.ts
function escapeCsvText(v) {
  if (v === null || v === void 0) return "";
  if (typeof v === "number") return v;
  return looksLikeFormula(v) ? `'${v}` : v;
}
function indicatorCsv(doc) {
  const units = [...new Set(doc.indicators.flatMap((i2) => i2.values.map((v) => v.unit)))].sort();
  const rows = [["ma_chi_tieu", "chi_tieu", "don_vi_tinh", "tong_tinh", ...units]];
  for (const i2 of doc.indicators) {
    const byUnit = new Map(i2.values.map((v) => [v.unit, v.value]));
    rows.push([i2.code, i2.name, i2.unit, i2.total, ...units.map((u2) => byUnit.get(u2) ?? "")].map(escapeCsvText));
  }
  return rows;
}
function activityCsv(doc) {
  const rows = [["don_vi", "ten_don_vi", ...doc.columns.map((c) => c.key), "tep", "o"]];
  for (const a of doc.activities)
    rows.push(
      [a.unit, a.unitName, ...doc.columns.map((c) => a.values[c.key]), a.file, a.cell].map(escapeCsvText)
    );
  return rows;
}
var init_csv_tables = __esm({
  "shared/export/csv-tables.ts"() {
    "use strict";
    init_normalize();
  }
});

// shared/export/province-report.ts
function reportAbbr(registry) {
  const c = registry.consolidator;
  return c.abbr ?? c.short ?? unitShort(c.name);
}
function defaultRecipients(registry) {
  return [
    PROVINCE_REPORT_TEXTS.recipientReport(registry.ministry.name),
    PROVINCE_REPORT_TEXTS.recipientReport(PROVINCE_REPORT_TEXTS.peoplesCommittee(registry.province)),
    PROVINCE_REPORT_TEXTS.recipientArchive
  ];
}
function cleanUnitText(text2) {
  let s = text2.replace(/\r\n?/g, "\n").replace(/[ \t]+/g, " ").replace(/\n{2,}/g, "\n").trim();
  s = s.replace(
    /^(?:\d+[.)]\s*)?(?:hạn chế(?:,\s*khó khăn)?|kiến nghị(?:,\s*đề xuất)?|mục đích,\s*yêu cầu|tổ chức thực hiện)\s*[:.\-–]\s*/iu,
    ""
  );
  for (let prev = ""; prev !== s; ) {
    prev = s;
    s = s.replace(/(^|[\s.;:,])(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)]\s*$/u, "$1").trim();
  }
  return s;
}
function splitParagraph(text2, max2 = PARAGRAPH_CHUNK) {
  if (text2.length <= max2) return [text2];
  const out2 = [];
  let rest = text2;
  const room = () => out2.length ? max2 - PROVINCE_REPORT_TEXTS.continued.length - 1 : max2;
  while (rest.length > room()) {
    const limit = room();
    let cut = rest.lastIndexOf(" ", limit);
    if (cut < limit / 2) cut = limit;
    out2.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) out2.push(rest);
  return out2.map((p, i2) => i2 === 0 ? p : `${PROVINCE_REPORT_TEXTS.continued} ${p}`);
}
function compileUnitTexts(entries) {
  const byText = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const text2 = cleanUnitText(e.text);
    if (!text2) continue;
    const key = foldKey(text2);
    const hit = byText.get(key);
    if (hit) hit.units.push(e.unitName);
    else byText.set(key, { text: text2, units: [e.unitName] });
  }
  return [...byText.values()].flatMap((g) => splitParagraph(`- ${g.units.join(", ")}: ${g.text}`));
}
function emptyStat(group) {
  return {
    group,
    activities: 0,
    units: 0,
    done: 0,
    inProgress: 0,
    notDone: 0,
    unplanned: 0,
    budget: 0,
    percentDone: null
  };
}
function groupStats(doc) {
  const withPlans = doc.planProgress.length > 0;
  const order = templateForKind(doc.kind).lists.nhomNhiemVu ?? [];
  const map = /* @__PURE__ */ new Map();
  const totals = { stat: emptyStat(PROVINCE_REPORT_TEXTS.groupHeaders.total), units: /* @__PURE__ */ new Set() };
  for (const a of doc.activities) {
    const g = String(a.values.nhomNhiemVu ?? "").trim() || "Kh\xE1c";
    const e = map.get(g) ?? { stat: emptyStat(g), units: /* @__PURE__ */ new Set() };
    map.set(g, e);
    const status = foldKey(String(a.values.tinhTrang ?? ""));
    for (const x2 of [e, totals]) {
      x2.stat.activities++;
      x2.units.add(a.unit);
      if (typeof a.values.kinhPhi === "number") x2.stat.budget = round32(x2.stat.budget + a.values.kinhPhi);
      if (status === STATUS.done) x2.stat.done++;
      else if (status === STATUS.inProgress) x2.stat.inProgress++;
      else if (status === STATUS.notDone) x2.stat.notDone++;
      else if (status === STATUS.unplanned) x2.stat.unplanned++;
    }
  }
  const finish = (x2) => {
    const planned = x2.stat.done + x2.stat.inProgress + x2.stat.notDone;
    return {
      ...x2.stat,
      units: x2.units.size,
      percentDone: withPlans && planned > 0 ? Math.round(x2.stat.done / planned * 1e3) / 1e3 : null
    };
  };
  const rank = (g) => {
    const i2 = order.indexOf(g);
    return i2 < 0 ? order.length : i2;
  };
  const groups = [...map.values()].map(finish).sort((a, b) => rank(a.group) - rank(b.group));
  return { groups, totals: finish(totals) };
}
function percentText(p) {
  return `${(Math.round(p * 1e3) / 10).toFixed(1).replace(".", ",")}%`;
}
function planSummary(doc) {
  const p = doc.planProgress;
  if (!p.length) return null;
  const sum = (f) => p.reduce((n, x2) => n + f(x2), 0);
  const planned = sum((x2) => x2.planned);
  const done = sum((x2) => x2.done);
  return PROVINCE_REPORT_TEXTS.planProgress(
    p.length,
    planned,
    done,
    planned ? percentText(done / planned) : PROVINCE_REPORT_TEXTS.percentNone,
    sum((x2) => x2.inProgress),
    sum((x2) => x2.notDone),
    sum((x2) => x2.notReported)
  );
}
function intake(doc, isPlan) {
  const c = doc.completeness;
  const sent = c.filter((x2) => x2.status !== "missing");
  const missing = c.filter((x2) => x2.status === "missing");
  const onTime = sent.filter((x2) => x2.status === "on-time").length;
  const late = sent.filter((x2) => x2.status === "late").length;
  const names = missing.map((x2) => x2.unitName).join(", ");
  return isPlan ? [
    PROVINCE_REPORT_TEXTS.submittedPlan(sent.length, c.length, onTime, late),
    ...missing.length ? splitParagraph(PROVINCE_REPORT_TEXTS.notSubmittedPlan(names)) : []
  ] : [
    PROVINCE_REPORT_TEXTS.submitted(sent.length, c.length, onTime, late),
    ...missing.length ? splitParagraph(PROVINCE_REPORT_TEXTS.notSubmitted(names)) : []
  ];
}
function compiledSection(intro, entries) {
  const lines = compileUnitTexts(entries);
  return [intro, ...lines.length ? lines : [PROVINCE_REPORT_TEXTS.nothingReported]];
}
function defaultNarratives(doc) {
  const directives = doc.indicators.find((i2) => i2.code === "CT01");
  const plans = doc.planNarratives ?? [];
  return {
    chiDao: [...intake(doc, false), ...directives ? [PROVINCE_REPORT_TEXTS.directives(directives.total)] : []],
    danhGia: compiledSection(
      PROVINCE_REPORT_TEXTS.limitsIntro,
      doc.narratives.map((n) => ({ unitName: n.unitName, text: n.limits }))
    ),
    phuongHuong: [],
    kienNghi: compiledSection(
      PROVINCE_REPORT_TEXTS.proposalsIntro,
      doc.narratives.map((n) => ({ unitName: n.unitName, text: n.proposals }))
    ),
    mucDich: compiledSection(
      PROVINCE_REPORT_TEXTS.purposeIntro,
      plans.map((n) => ({ unitName: n.unitName, text: n.purpose }))
    ),
    toChuc: compiledSection(
      PROVINCE_REPORT_TEXTS.implementationIntro,
      plans.map((n) => ({ unitName: n.unitName, text: n.implementation }))
    )
  };
}
function buildProvinceReportContent(doc, registry, edits = {}) {
  const kind = doc.kind;
  const isPlan = kind === "ke-hoach-nam";
  const spec = templateForKind(kind);
  const title = isPlan ? PROVINCE_REPORT_TEXTS.planTitle : (spec.titles[kind] ?? KIND_LABELS[kind] ?? kind).replace("{year}", String(doc.year));
  const { groups, totals } = groupStats(doc);
  const defaults = defaultNarratives(doc);
  const section2 = (key) => {
    const e = edits.narratives?.[key];
    return {
      key,
      heading: PROVINCE_REPORT_TEXTS.headings[key],
      paragraphs: e ? e.flatMap((p) => splitParagraph(p)) : defaults[key]
    };
  };
  return {
    kind,
    isPlan,
    year: doc.year,
    parentBody: registry.governingBody,
    issuer: registry.consolidator.name,
    docNumber: edits.docNumber ?? PROVINCE_REPORT_TEXTS.docNumber(reportAbbr(registry), spec.docType),
    dateLine: edits.dateLine ?? formatDocumentDate(registry.place, doc.asOf),
    title,
    topic: isPlan ? PROVINCE_REPORT_TEXTS.planTopic(doc.year) : null,
    subtitle: isPlan ? PROVINCE_REPORT_TEXTS.subtitlePlan(doc.year) : PROVINCE_REPORT_TEXTS.subtitleReport(formatDmy(doc.period.from), formatDmy(doc.period.to)),
    before: isPlan ? [section2("mucDich")] : [section2("chiDao")],
    after: isPlan ? [section2("toChuc")] : [section2("danhGia"), section2("phuongHuong"), section2("kienNghi")],
    taskIntro: isPlan ? intake(doc, true) : [],
    groups,
    totals,
    planSummary: isPlan ? null : planSummary(doc),
    indicators: isPlan ? [] : doc.indicators.map(({ code, name, unit, total }) => ({ code, name, unit, total })),
    columns: doc.columns,
    activities: doc.activities,
    recipients: edits.recipients ?? defaultRecipients(registry),
    signer: {
      capacity: edits.signerCapacity ?? "",
      title: edits.signerTitle ?? PROVINCE_REPORT_TEXTS.signerHead(registry.consolidator.name),
      name: edits.signerName ?? PROVINCE_REPORT_TEXTS.signerName
    },
    asOf: doc.asOf
  };
}
var NARRATIVE_KEYS, PARAGRAPH_CHUNK, STATUS, round32;
var init_province_report = __esm({
  "shared/export/province-report.ts"() {
    "use strict";
    init_plain_date();
    init_vi();
    init_registry_presets();
    init_catalog();
    init_normalize();
    NARRATIVE_KEYS = [
      "chiDao",
      "danhGia",
      "phuongHuong",
      "kienNghi",
      "mucDich",
      "toChuc"
    ];
    PARAGRAPH_CHUNK = 2500;
    STATUS = {
      done: foldKey("Ho\xE0n th\xE0nh"),
      inProgress: foldKey("\u0110ang th\u1EF1c hi\u1EC7n"),
      notDone: foldKey("Ch\u01B0a th\u1EF1c hi\u1EC7n"),
      unplanned: foldKey("Ph\xE1t sinh ngo\xE0i k\u1EBF ho\u1EA1ch")
    };
    round32 = (n) => Math.round(n * 1e3) / 1e3;
  }
});

// shared/export/province-report-sheet.ts
function rowHeight(text2, charsPerLine = CHARS_PER_LINE, linePt = LINE_PT) {
  const lines = text2.split("\n").reduce((n, l) => n + Math.max(1, Math.ceil(l.length / charsPerLine)), 0);
  return Math.min(409, Math.max(20, Math.ceil(lines * linePt + 3)));
}
function provinceReportSheets(c, sheetName, appendixSheet) {
  const b = new SheetBuilder(sheetName, WIDTHS);
  const keep = /* @__PURE__ */ new Map();
  const names = [];
  const name = (n, range) => names.push({ name: n, sheet: sheetName, range });
  b.block(1, 1, 3, c.parentBody.toUpperCase(), { ...S.headerLeft, font: { size: 12 } });
  b.block(1, 4, WIDTH, "C\u1ED8NG H\xD2A X\xC3 H\u1ED8I CH\u1EE6 NGH\u0128A VI\u1EC6T NAM", { ...S.nation, wrap: true, v: "top" });
  b.block(2, 1, 3, c.issuer.toUpperCase(), L.unitName);
  b.block(2, 4, WIDTH, "\u0110\u1ED9c l\u1EADp - T\u1EF1 do - H\u1EA1nh ph\xFAc", L.motto);
  b.height(1, 32);
  b.height(2, rowHeight(c.issuer, 24, 16));
  b.height(3, 8);
  b.block(4, 1, 3, c.docNumber, L.docNumber);
  b.block(4, 4, WIDTH, c.dateLine, L.dateLine);
  b.textRanges.push("A4", "D4");
  b.height(4, 22);
  name(REPORT_NAMES.docNumber, absRef(4, 1));
  name(REPORT_NAMES.dateLine, absRef(4, 4));
  b.set(4, WIDTH + 2, PROVINCE_REPORT_TEXTS.hints.edit);
  b.style(cellRef(4, WIDTH + 2), L.note);
  let row = 6;
  b.block(row, 1, WIDTH, c.title, S.title);
  b.height(row, rowHeight(c.title, 55, 20));
  row++;
  if (c.topic) {
    b.block(row, 1, WIDTH, c.topic, S.title);
    b.height(row, rowHeight(c.topic, 55, 20));
    row++;
  }
  b.block(row, 1, WIDTH, c.subtitle, S.subtitle);
  b.height(row, rowHeight(c.subtitle, 60, 18));
  row += 2;
  const sections = (list) => {
    for (const s of list) {
      b.block(row, 1, WIDTH, s.heading, S.heading);
      b.height(row, 22);
      keep.set(row, row + 1);
      row++;
      const top = row;
      const spare = s.paragraphs.length ? SPARE_ROWS : 3;
      for (const p of [...s.paragraphs, ...Array(spare).fill("")]) {
        b.block(row, 1, WIDTH, p || null, L.paragraph);
        b.height(row, p ? rowHeight(p) : 20);
        row++;
      }
      b.textRanges.push(`A${top}:A${row - 1}`);
      name(REPORT_NAMES[s.key], `${absRef(top, 1)}:${absRef(row - 1, 1)}`);
      row++;
    }
  };
  sections(c.before);
  b.block(row, 1, WIDTH, c.isPlan ? PROVINCE_REPORT_TEXTS.headings.nhiemVu : PROVINCE_REPORT_TEXTS.headings.ketQua, S.heading);
  b.height(row, 22);
  keep.set(row, row + 3);
  row++;
  if (c.taskIntro.length) {
    keep.set(row - 1, row);
    for (const p of c.taskIntro) {
      b.block(row, 1, WIDTH, p, L.plain);
      b.height(row, rowHeight(p));
      row++;
    }
    keep.set(row, row + 3);
  }
  row = groupTable(b, row, c);
  if (c.planSummary) {
    b.block(row, 1, WIDTH, c.planSummary, L.plain);
    b.height(row, rowHeight(c.planSummary));
    row += 2;
  }
  if (c.indicators.length) {
    keep.set(row, row + 2);
    row = indicatorTable(b, row, c);
  }
  sections(c.after);
  const close = row;
  b.block(close, 1, 3, PROVINCE_REPORT_TEXTS.recipientsTitle, S.recipientsTitle);
  const recipients = [...c.recipients.map((r) => `- ${r}`), ...Array(SPARE_RECIPIENTS).fill("")];
  const heights = /* @__PURE__ */ new Map();
  recipients.forEach((r, i2) => {
    b.block(close + 1 + i2, 1, 3, r || null, L.recipient);
    heights.set(close + 1 + i2, rowHeight(r, 28, 14));
  });
  b.textRanges.push(`A${close + 1}:A${close + recipients.length}`);
  name(REPORT_NAMES.recipients, `${absRef(close + 1, 1)}:${absRef(close + recipients.length, 1)}`);
  b.block(close, 5, WIDTH, c.signer.capacity || null, L.signer);
  b.block(close + 1, 5, WIDTH, c.signer.title, L.signer);
  b.block(close + 2, 5, WIDTH, PROVINCE_REPORT_TEXTS.signerNote, S.signerNote);
  b.block(close + 6, 5, WIDTH, c.signer.name, L.signer);
  b.textRanges.push(`E${close}:E${close + 1}`, `E${close + 6}`);
  name(REPORT_NAMES.signerCapacity, absRef(close, 5));
  name(REPORT_NAMES.signerTitle, absRef(close + 1, 5));
  name(REPORT_NAMES.signerName, absRef(close + 6, 5));
  const last = Math.max(close + 6, close + recipients.length);
  for (let r = close; r <= last; r++) b.height(r, Math.max(18, heights.get(r) ?? 0));
  keep.set(close, last);
  const sheet = b.build({
    state: "visible",
    pageNumbersTop: true,
    rowBreaks: pageBreaks(b.rowHeights, last, keep),
    print: {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      margins: MARGINS2,
      printArea: `A1:${columnLetter(WIDTH)}${last}`,
      blackAndWhite: true
    }
  });
  const sheets = [sheet];
  if (appendixSheet) sheets.push(appendix(c, appendixSheet));
  return { sheets, definedNames: names };
}
function pageBreaks(heights, last, keep) {
  const h = new Map(heights.map((x2) => [x2.row, x2.height]));
  const height = (r) => h.get(r) ?? DEFAULT_ROW_PT;
  const breaks = [];
  let used = 0;
  for (let r = 1; r <= last; r++) {
    const end = keep.get(r);
    if (end !== void 0 && used > 0) {
      let block = 0;
      for (let k = r; k <= end; k++) block += height(k);
      if (used + Math.min(block, PAGE_PT) > PAGE_PT) {
        breaks.push(r - 1);
        used = 0;
      }
    }
    if (used + height(r) > PAGE_PT) used = 0;
    used += height(r);
  }
  return breaks;
}
function groupTable(b, row, c) {
  const H = PROVINCE_REPORT_TEXTS.groupHeaders;
  b.block(row, 1, WIDTH, c.isPlan ? PROVINCE_REPORT_TEXTS.headings.nhomPlan : PROVINCE_REPORT_TEXTS.headings.nhom, S.heading);
  b.height(row, 22);
  row++;
  const head = row;
  const cols = c.isPlan ? [
    { from: 3, to: 4, header: H.countPlan, value: (g) => g.activities, look: "num" },
    { from: 5, to: 6, header: H.units, value: (g) => g.units, look: "num" },
    { from: 7, to: 9, header: H.budget, value: (g) => g.budget, look: "money" }
  ] : [
    { from: 3, to: 3, header: H.count, value: (g) => g.activities, look: "num" },
    { from: 4, to: 4, header: H.done, value: (g) => g.done, look: "num" },
    { from: 5, to: 5, header: H.inProgress, value: (g) => g.inProgress, look: "num" },
    { from: 6, to: 6, header: H.notDone, value: (g) => g.notDone, look: "num" },
    { from: 7, to: 7, header: H.unplanned, value: (g) => g.unplanned, look: "num" },
    { from: 8, to: 8, header: H.budget, value: (g) => g.budget, look: "money" },
    {
      from: 9,
      to: 9,
      header: H.percent,
      value: (g) => g.percentDone === null ? PROVINCE_REPORT_TEXTS.percentNone : g.percentDone,
      look: "pct"
    }
  ];
  b.block(head, 1, 1, H.stt, L.head);
  b.block(head, 2, 2, H.group, L.head);
  for (const col of cols) b.block(head, col.from, col.to, col.header, L.head);
  b.height(head, 50);
  row++;
  const write = (g, label, total) => {
    b.block(row, 1, 1, total ? null : label, total ? L.totalText : { ...L.cell, h: "center" });
    b.block(row, 2, 2, total ? g.group : g.group, total ? L.totalText : L.cell);
    for (const col of cols) {
      const v = col.value(g);
      const look = typeof v === "string" ? total ? L.totalText : { ...L.cell, h: "center" } : total ? { num: L.totalNum, money: L.totalMoney, pct: L.totalPct, text: L.totalText }[col.look] : { num: L.num, money: L.money, pct: L.pct, text: L.cell }[col.look];
      b.block(row, col.from, col.to, v, look);
    }
    b.height(row, rowHeight(g.group, 22, 16));
    row++;
  };
  c.groups.forEach((g, i2) => write(g, i2 + 1, false));
  write(c.totals, null, true);
  return row + 1;
}
function indicatorTable(b, row, c) {
  const H = PROVINCE_REPORT_TEXTS.indicatorHeaders;
  b.block(row, 1, WIDTH, PROVINCE_REPORT_TEXTS.headings.chiTieu, S.heading);
  b.height(row, 22);
  row++;
  b.block(row, 1, 1, H.code, L.head);
  b.block(row, 2, 5, H.name, L.head);
  b.block(row, 6, 7, H.unit, L.head);
  b.block(row, 8, 9, H.total, L.head);
  b.height(row, 34);
  row++;
  for (const i2 of c.indicators) {
    b.block(row, 1, 1, i2.code, { ...L.cell, h: "center" });
    b.block(row, 2, 5, i2.name, L.cell);
    b.block(row, 6, 7, i2.unit, { ...L.cell, h: "center" });
    b.block(row, 8, 9, i2.total, Number.isInteger(i2.total) ? L.num : L.money);
    b.height(row, Math.max(rowHeight(i2.name, 32, 16), rowHeight(i2.unit, 12, 16)));
    row++;
  }
  return row + 1;
}
function appendix(c, sheetName) {
  const widths = [4, 12, ...c.columns.map((col) => APPENDIX_WIDTHS[col.key] ?? 8)];
  const width = widths.length;
  const b = new SheetBuilder(sheetName, widths);
  b.block(1, 1, width, PROVINCE_REPORT_TEXTS.appendixTitle(c.isPlan), S.title);
  b.height(1, 22);
  b.block(2, 1, width, PROVINCE_REPORT_TEXTS.appendixOf(c.docNumber, c.isPlan), S.subtitle);
  b.height(2, 20);
  const head = 4;
  const headers = [PROVINCE_REPORT_TEXTS.groupHeaders.stt, PROVINCE_REPORT_TEXTS.appendixUnit, ...c.columns.map((col) => col.header)];
  headers.forEach((h, i2) => b.block(head, i2 + 1, i2 + 1, h, { ...L.head, font: { size: 11, bold: true } }));
  b.height(head, 44);
  const body = { font: { size: 11 }, v: "top", wrap: true, border: "all" };
  c.activities.forEach((a, i2) => {
    const r = head + 1 + i2;
    b.set(r, 1, i2 + 1);
    b.set(r, 2, a.unitName);
    c.columns.forEach((col, j) => b.set(r, j + 3, a.values[col.key] ?? null));
    const lines = Math.max(
      1,
      ...[a.unitName, ...c.columns.map((col) => String(a.values[col.key] ?? ""))].map(
        (t, j) => Math.ceil(t.length / Math.max(1, (widths[j + 1] ?? 8) * 0.95))
      )
    );
    b.height(r, Math.min(409, lines * 14 + 3));
  });
  const last = head + Math.max(c.activities.length, 1);
  b.style(`A${head + 1}:${columnLetter(width)}${last}`, body);
  const money = c.columns.findIndex((col) => col.key === "kinhPhi");
  if (money >= 0)
    b.style(`${columnLetter(money + 3)}${head + 1}:${columnLetter(money + 3)}${last}`, {
      ...body,
      h: "right",
      numFmt: "#,##0.###"
    });
  b.textRanges.push(`B${head + 1}:B${last}`);
  return b.build({
    state: "visible",
    pageNumbersTop: true,
    freeze: { rows: head, cols: 0 },
    autoFilter: `A${head}:${columnLetter(width)}${last}`,
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      margins: { top: 15, bottom: 15, left: 15, right: 10, header: 8, footer: 8 },
      titleRows: [head, head],
      blackAndWhite: true
    }
  });
}
function provinceReportWorkbook(c, generator) {
  const { sheets, definedNames } = provinceReportSheets(c, PROVINCE_REPORT_TEXTS.sheetReport, PROVINCE_REPORT_TEXTS.sheetAppendix);
  return {
    sheets,
    definedNames,
    defaultFont: { name: FONT_NAME, size: 11 },
    title: c.topic ? `${c.title} ${c.topic}` : c.title,
    creator: generator
  };
}
var REPORT_NAMES, WIDTHS, WIDTH, MARGINS2, CHARS_PER_LINE, LINE_PT, PAGE_PT, DEFAULT_ROW_PT, SPARE_ROWS, SPARE_RECIPIENTS, input, L, APPENDIX_WIDTHS;
var init_province_report_sheet = __esm({
  "shared/export/province-report-sheet.ts"() {
    "use strict";
    init_a1();
    init_document_form();
    init_sheet_builder();
    init_vi();
    REPORT_NAMES = {
      docNumber: "TTDN_TH_So",
      dateLine: "TTDN_TH_Ngay",
      chiDao: "TTDN_TH_ChiDao",
      danhGia: "TTDN_TH_DanhGia",
      phuongHuong: "TTDN_TH_PhuongHuong",
      kienNghi: "TTDN_TH_KienNghi",
      mucDich: "TTDN_TH_MucDich",
      toChuc: "TTDN_TH_ToChuc",
      recipients: "TTDN_TH_NoiNhan",
      signerCapacity: "TTDN_TH_KyThay",
      signerTitle: "TTDN_TH_ChucVu",
      signerName: "TTDN_TH_NguoiKy"
    };
    WIDTHS = [5, 17, 5.5, 5.5, 5.5, 5.5, 5.5, 9, 7];
    WIDTH = WIDTHS.length;
    MARGINS2 = { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 };
    CHARS_PER_LINE = 62;
    LINE_PT = 17.5;
    PAGE_PT = 715;
    DEFAULT_ROW_PT = 16;
    SPARE_ROWS = 1;
    SPARE_RECIPIENTS = 2;
    input = { unlocked: true };
    L = {
      paragraph: { font: { size: 13 }, h: "left", v: "top", wrap: true, ...input },
      plain: { font: { size: 13 }, h: "left", v: "top", wrap: true },
      head: { ...S.tableHeader, font: { size: 12, bold: true } },
      cell: { font: { size: 12 }, v: "top", wrap: true, border: "all" },
      num: { font: { size: 12 }, h: "right", v: "top", border: "all", numFmt: "#,##0" },
      money: { font: { size: 12 }, h: "right", v: "top", border: "all", numFmt: "#,##0.###" },
      pct: { font: { size: 12 }, h: "right", v: "top", border: "all", numFmt: "0.0%" },
      totalText: { font: { size: 12, bold: true }, h: "center", v: "top", border: "all" },
      totalNum: { font: { size: 12, bold: true }, h: "right", v: "top", border: "all", numFmt: "#,##0" },
      totalMoney: { font: { size: 12, bold: true }, h: "right", v: "top", border: "all", numFmt: "#,##0.###" },
      totalPct: { font: { size: 12, bold: true }, h: "right", v: "top", border: "all", numFmt: "0.0%" },
      unitName: { font: { size: 12, bold: true, underline: true }, h: "center", v: "top", wrap: true },
      motto: { font: { size: 13, bold: true, underline: true }, h: "center", v: "top" },
      docNumber: { font: { size: 13 }, h: "center", v: "middle", ...input },
      dateLine: { font: { size: 13, italic: true }, h: "center", v: "middle", ...input },
      recipient: { font: { size: 11 }, h: "left", v: "top", wrap: true, ...input },
      signer: { font: { size: 13, bold: true }, h: "center", v: "top", wrap: true, ...input },
      note: { font: { size: 11, italic: true, color: "595959" }, h: "left", v: "top", wrap: true }
    };
    APPENDIX_WIDTHS = {
      maNhiemVu: 10,
      nhomNhiemVu: 11,
      tenHoatDong: 17,
      tenNhiemVu: 17,
      ketQua: 17,
      noiDung: 17,
      thoiGian: 8,
      tuNgay: 8,
      denNgay: 8,
      phoiHop: 8,
      chuTri: 8,
      hinhThuc: 8,
      kinhPhi: 7,
      tinhTrang: 8,
      nguonKinhPhi: 8,
      ghiChu: 5
    };
  }
});

// shared/export/summary-model.ts
function summarySheetNames(key) {
  const old = LEGACY_SUMMARY_SHEETS[key];
  return old ? [SUMMARY_SHEETS[key], old] : [SUMMARY_SHEETS[key]];
}
function tableSheet(name, title, columns, rows, note, opts = {}) {
  const b = new SheetBuilder(
    name,
    columns.map((c) => c.width)
  );
  const width = columns.length;
  b.block(1, 1, width, title, { ...S.title, h: "left" });
  b.height(1, 36);
  if (note) b.block(2, 1, width, note, S.hint);
  const head = 3;
  columns.forEach((c, i2) => b.block(head, i2 + 1, i2 + 1, c.header, S.tableHeader));
  b.height(head, 36);
  rows.forEach((r, i2) => r.forEach((v, j) => b.set(head + 1 + i2, j + 1, v)));
  const last = head + Math.max(rows.length, 1);
  if (rows.length) {
    const wrap = rows.length <= WRAP_MAX_ROWS;
    columns.forEach((c, i2) => {
      const range = `${columnLetter(i2 + 1)}${head + 1}:${columnLetter(i2 + 1)}${last}`;
      if (c.numFmt) b.style(range, { numFmt: c.numFmt, v: "top" });
      else if (c.wrap && wrap) b.style(range, { wrap: true, v: "top" });
    });
    if (wrap)
      rows.forEach((r, i2) => {
        let lines = 1;
        columns.forEach((c, j) => {
          const v = r[j];
          if (c.wrap && typeof v === "string") lines = Math.max(lines, Math.ceil(v.length / c.width));
        });
        if (lines > 1) b.height(head + 1 + i2, Math.min(409, lines * 15));
      });
  }
  return b.build({
    state: "visible",
    plainData: true,
    freeze: { rows: head, cols: opts.freezeCols ?? 0 },
    autoFilter: `A${head}:${columnLetter(width)}${last}`,
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      pagesWide: opts.pagesWide,
      titleColumns: opts.titleColumns,
      margins: { top: 15, bottom: 15, left: 15, right: 10, header: 8, footer: 8 },
      titleRows: [head, head]
    }
  });
}
function dateCell(d) {
  return d && /^\d{4}-\d{2}-\d{2}/.test(d) ? dateToExcelSerial(d.slice(0, 10)) : null;
}
function dateTimeCell(iso) {
  if (!iso) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return Math.round((ms / 864e5 + 25569 + VN_OFFSET_DAYS) * 86400) / 86400;
}
function buildSummaryModel(r, doc, registry, generator) {
  const period = `${KIND_LABELS[r.kind]} ${r.year} (s\u1ED1 li\u1EC7u ${formatDmy(r.period.from)} \u2013 ${formatDmy(r.period.to)}; h\u1EA1n n\u1ED9p ${formatDmy(r.period.deadline)}; t\xEDnh \u0111\u1EBFn ${formatDmy(r.asOf)})`;
  const sheets = [];
  const names = new Map(registry.units.map((u2) => [u2.code, u2.name]));
  const unitName = (code) => code ? names.get(code) ?? null : null;
  const units = registry.units.filter((u2) => r.completeness.some((c) => c.unit === u2.code && c.submitted));
  const indRows = doc.indicators.map((i2) => [
    i2.code,
    i2.name,
    i2.unit,
    i2.total,
    ...units.map((u2) => r.indicators[i2.code]?.[u2.code]?.value ?? null)
  ]);
  sheets.push(
    tableSheet(
      SUMMARY_SHEETS.indicators,
      `T\u1ED4NG H\u1EE2P CH\u1EC8 TI\xCAU \u2014 ${period}`,
      [
        { header: "M\xE3", width: 6, text: true },
        { header: "Ch\u1EC9 ti\xEAu", width: 36, text: true, wrap: true },
        { header: "\u0110\u01A1n v\u1ECB t\xEDnh", width: 10, text: true },
        { header: "T\u1ED5ng to\xE0n t\u1EC9nh", width: 12, numFmt: NUM },
        ...units.map((u2) => ({ header: u2.name, width: 11, numFmt: NUM }))
      ],
      indRows,
      r.kind === "ke-hoach-nam" ? "K\u1EBF ho\u1EA1ch n\u0103m kh\xF4ng c\xF3 bi\u1EC3u s\u1ED1 li\u1EC7u; xem danh s\xE1ch nhi\u1EC7m v\u1EE5." : `M\u1ED7i \xF4 \u0111\u01A1n v\u1ECB truy \u0111\u01B0\u1EE3c v\u1EC1 t\u1EC7p v\xE0 \xF4 g\u1ED1c \u1EDF trang "${SUMMARY_SHEETS.lineage}".`,
      {
        freezeCols: 4,
        // Names and totals repeat on every page across; about ten units per landscape page.
        pagesWide: Math.max(1, Math.ceil(units.length / UNITS_PER_PAGE)),
        titleColumns: ["A", "D"]
      }
    )
  );
  sheets.push(
    tableSheet(
      SUMMARY_SHEETS.activities,
      `DANH S\xC1CH ${r.kind === "ke-hoach-nam" ? "NHI\u1EC6M V\u1EE4" : "HO\u1EA0T \u0110\u1ED8NG"} \u2014 ${period}`,
      [
        { header: "STT", width: 6 },
        { header: "\u0110\u01A1n v\u1ECB", width: 24, text: true, wrap: true },
        ...doc.columns.map((c) => ({
          header: c.header,
          width: c.key.startsWith("ten") || c.key === "ketQua" || c.key === "noiDung" ? 32 : 16,
          text: c.key !== "kinhPhi",
          numFmt: c.key === "kinhPhi" ? NUM : void 0,
          wrap: c.key !== "kinhPhi"
        })),
        { header: "T\u1EC7p ngu\u1ED3n", width: 22, text: true, wrap: true },
        { header: "\xD4 ngu\u1ED3n", width: 14, text: true }
      ],
      doc.activities.map((a, i2) => [
        i2 + 1,
        a.unitName,
        ...doc.columns.map((c) => a.values[c.key] ?? null),
        a.file,
        a.cell
      ])
    )
  );
  const due = doc.asOf > doc.period.deadline;
  const statusText = (c) => (
    // A file came but does not count (rejected, unreadable, blank template): say which and why.
    c.state && c.state !== "accepted" && c.state !== "missing" ? stateText(SUBMISSION_STATE_LABELS[c.state], c.reason) : c.status === "missing" ? due ? CONSOLIDATION_MESSAGES.missing : CONSOLIDATION_MESSAGES.notYetDue : c.status === "late" ? CONSOLIDATION_MESSAGES.late(c.lateDays) : CONSOLIDATION_MESSAGES.onTime
  );
  sheets.push(
    tableSheet(
      SUMMARY_SHEETS.completeness,
      `T\xCCNH H\xCCNH N\u1ED8P \u2014 ${period}`,
      [
        { header: "M\xE3 \u0111\u01A1n v\u1ECB", width: 22, text: true },
        { header: "\u0110\u01A1n v\u1ECB", width: 30, text: true, wrap: true },
        { header: "\u0110\xE3 n\u1ED9p", width: 8, text: true },
        { header: "T\xECnh tr\u1EA1ng", width: 14, text: true },
        { header: "S\u1ED1 ng\xE0y mu\u1ED9n", width: 8 },
        { header: "T\u1EC7p", width: 24, text: true, wrap: true },
        { header: "Tr\u1EA1ng th\xE1i t\u1EC7p", width: 14, text: true },
        { header: "L\xFD do", width: 30, text: true, wrap: true },
        { header: "Ng\xE0y nh\u1EADn", width: 11, numFmt: DATE },
        { header: "Ng\xE0y v\u0103n b\u1EA3n", width: 11, numFmt: DATE },
        { header: "L\u1ED7i", width: 6 },
        { header: "C\u1EA3nh b\xE1o", width: 8 },
        { header: "L\u1EA7n n\u1ED9p", width: 7 }
      ],
      doc.completeness.map((c) => {
        const rec = c.file ? doc.submissions.find((x2) => x2.file === c.file) : void 0;
        return [
          c.unit,
          c.unitName,
          c.status === "missing" || c.state && c.state !== "accepted" ? "Ch\u01B0a" : "C\xF3",
          statusText(c),
          c.lateDays || null,
          c.file,
          rec ? CONSOLIDATION_MESSAGES.statusLabels[rec.status] ?? rec.status : null,
          rec?.reason ?? null,
          dateCell(c.received),
          dateCell(c.reportDate),
          c.errors,
          c.warnings,
          c.version || null
        ];
      })
    )
  );
  sheets.push(
    tableSheet(
      SUMMARY_SHEETS.findings,
      `KI\u1EC2M TRA L\u1ED6I \u2014 ${period}`,
      [
        { header: "M\xE3 \u0111\u01A1n v\u1ECB", width: 21, text: true },
        { header: "\u0110\u01A1n v\u1ECB", width: 24, text: true, wrap: true },
        { header: "T\u1EC7p", width: 22, text: true, wrap: true },
        { header: "Trang", width: 12, text: true },
        { header: "\xD4", width: 8, text: true },
        { header: "M\u1EE9c", width: 10, text: true },
        { header: "M\xE3 l\u1ED7i", width: 18, text: true },
        { header: "N\u1ED9i dung", width: 50, text: true, wrap: true },
        { header: "Gi\xE1 tr\u1ECB", width: 20, text: true }
      ],
      [
        ...r.submissions.filter((s) => s.status === "unreadable").map(
          (s) => [
            s.unit,
            unitName(s.unit),
            s.file,
            null,
            null,
            SEVERITY_LABELS.error,
            "UNREADABLE",
            s.reason,
            null
          ]
        ),
        ...r.findings.map((f) => [
          f.unit,
          unitName(f.unit),
          f.file,
          f.sheet,
          f.cell,
          SEVERITY_LABELS[f.severity],
          f.code,
          f.message,
          f.value === null ? null : String(f.value)
        ])
      ]
    )
  );
  sheets.push(
    tableSheet(
      SUMMARY_SHEETS.plan,
      `K\u1EBE HO\u1EA0CH \u2013 K\u1EBET QU\u1EA2 \u2014 ${period}`,
      [
        { header: "M\xE3 \u0111\u01A1n v\u1ECB", width: 22, text: true },
        { header: "\u0110\u01A1n v\u1ECB", width: 32, text: true, wrap: true },
        { header: "Nhi\u1EC7m v\u1EE5 k\u1EBF ho\u1EA1ch", width: 12 },
        { header: "Ho\xE0n th\xE0nh", width: 11 },
        { header: "\u0110ang th\u1EF1c hi\u1EC7n", width: 11 },
        { header: "Ch\u01B0a th\u1EF1c hi\u1EC7n", width: 11 },
        { header: "Ch\u01B0a b\xE1o c\xE1o", width: 11 },
        { header: "Ph\xE1t sinh ngo\xE0i k\u1EBF ho\u1EA1ch", width: 13 },
        { header: "% ho\xE0n th\xE0nh", width: 11, numFmt: PERCENT }
      ],
      r.planProgress.map((p) => [
        p.unit,
        p.unitName,
        p.planned,
        p.done,
        p.inProgress,
        p.notDone,
        p.notReported,
        p.unplanned,
        p.percentDone === null ? null : p.percentDone / 100
      ]),
      r.planProgress.length ? void 0 : "Kh\xF4ng c\xF3 k\u1EBF ho\u1EA1ch n\u0103m n\xE0o \u0111\u01B0\u1EE3c cung c\u1EA5p (d\xF9ng --plans ho\u1EB7c ch\u1ECDn t\u1EC7p k\u1EBF ho\u1EA1ch)."
    )
  );
  sheets.push(
    tableSheet(
      SUMMARY_SHEETS.lineage,
      `NGU\u1ED2N D\u1EEE LI\u1EC6U \u2014 ${period}`,
      [
        { header: "T\u1EC7p", width: 24, text: true, wrap: true },
        { header: "SHA-256", width: 20, text: true },
        { header: "Bi\u1EC3u m\u1EABu", width: 10, text: true },
        { header: "Phi\xEAn b\u1EA3n", width: 8, text: true },
        { header: "M\xE3 \u0111\u01A1n v\u1ECB", width: 21, text: true },
        { header: "\u0110\u01A1n v\u1ECB", width: 22, text: true, wrap: true },
        { header: "Tr\u1EA1ng th\xE1i", width: 12, text: true },
        { header: "L\xFD do", width: 30, text: true, wrap: true },
        { header: "Th\u1EDDi \u0111i\u1EC3m nh\u1EADp (gi\u1EDD Vi\u1EC7t Nam)", width: 15, numFmt: DATE_TIME },
        { header: "M\xE3 ch\u1EC9 ti\xEAu", width: 8, text: true },
        { header: "Ch\u1EC9 ti\xEAu", width: 26, text: true, wrap: true },
        { header: "Gi\xE1 tr\u1ECB", width: 10, numFmt: NUM },
        { header: "\xD4 ngu\u1ED3n", width: 14, text: true }
      ],
      [
        ...r.submissions.map((s) => [
          s.file,
          s.sha256,
          s.template?.id ?? null,
          s.template?.version ?? null,
          s.unit,
          unitName(s.unit),
          CONSOLIDATION_MESSAGES.statusLabels[s.status] ?? s.status,
          s.reason,
          dateTimeCell(s.importedAt),
          null,
          null,
          null,
          null
        ]),
        ...doc.indicators.flatMap(
          (i2) => i2.values.map(
            (v) => [
              v.file,
              null,
              null,
              null,
              v.unit,
              unitName(v.unit),
              null,
              null,
              null,
              i2.code,
              i2.name,
              v.value,
              v.cell
            ]
          )
        )
      ]
    )
  );
  sheets.push(registrySheet(registry));
  const report = provinceReportSheets(buildProvinceReportContent(doc, registry), SUMMARY_SHEETS.report);
  sheets.push(...report.sheets);
  const json = JSON.stringify(doc);
  const data = new SheetBuilder(SUMMARY_SHEETS.data, [20]);
  for (let i2 = 0, row = 1; i2 < json.length; i2 += CHUNK, row++) data.set(row, 1, json.slice(i2, i2 + CHUNK));
  data.textRanges.push(`A1:A${Math.max(1, Math.ceil(json.length / CHUNK))}`);
  sheets.push(data.build({ state: "hidden" }));
  return {
    sheets,
    definedNames: report.definedNames,
    defaultFont: { name: FONT_NAME, size: 11 },
    title: `T\u1ED5ng h\u1EE3p ${KIND_LABELS[r.kind]} ${r.year}`,
    creator: generator
  };
}
function registrySheet(registry) {
  const b = new SheetBuilder(SUMMARY_SHEETS.registry, [22, 40, 12, 16, 18, 26, 8]);
  REGISTRY_CSV_HEADER.forEach((h, i2) => b.block(1, i2 + 1, i2 + 1, h, S.tableHeader));
  registry.units.forEach(
    (u2, i2) => [
      u2.code,
      u2.name,
      u2.abbr ?? null,
      u2.kind,
      u2.parent ?? null,
      u2.email ?? null,
      u2.active ? "true" : "false"
    ].forEach((v, j) => b.set(i2 + 2, j + 1, v))
  );
  b.textRanges.push(`A2:G${registry.units.length + 1}`);
  return b.build({
    state: "visible",
    plainData: true,
    freeze: { rows: 1, cols: 0 },
    autoFilter: `A1:G${registry.units.length + 1}`
  });
}
function provinceReport(doc, registry, generator, edits = {}) {
  return { model: provinceReportWorkbook(buildProvinceReportContent(doc, registry, edits), generator) };
}
function stateText(label, reason) {
  if (!reason) return label;
  return reason.toLowerCase().startsWith(label.toLowerCase()) ? reason : `${label}: ${reason}`;
}
var SUMMARY_SHEETS, LEGACY_SUMMARY_SHEETS, CHUNK, WRAP_MAX_ROWS, NUM, DATE, DATE_TIME, PERCENT, VN_OFFSET_DAYS, UNITS_PER_PAGE;
var init_summary_model = __esm({
  "shared/export/summary-model.ts"() {
    "use strict";
    init_plain_date();
    init_a1();
    init_document_form();
    init_sheet_builder();
    init_vi();
    init_registry_file();
    init_province_report();
    init_province_report_sheet();
    SUMMARY_SHEETS = {
      indicators: "T\u1ED5ng h\u1EE3p ch\u1EC9 ti\xEAu",
      activities: "Danh s\xE1ch ho\u1EA1t \u0111\u1ED9ng",
      completeness: "T\xECnh h\xECnh n\u1ED9p",
      findings: "Ki\u1EC3m tra l\u1ED7i",
      plan: "K\u1EBF ho\u1EA1ch - k\u1EBFt qu\u1EA3",
      lineage: "Ngu\u1ED3n d\u1EEF li\u1EC7u",
      report: "B\xE1o c\xE1o t\u1EC9nh",
      registry: "\u0110\u01A1n v\u1ECB",
      data: "_ttdn_tonghop"
    };
    LEGACY_SUMMARY_SHEETS = {
      report: "Bao cao tinh",
      registry: "Don vi"
    };
    CHUNK = 3e4;
    WRAP_MAX_ROWS = 5e3;
    NUM = "#,##0.###";
    DATE = "dd/mm/yyyy";
    DATE_TIME = "dd/mm/yyyy hh:mm";
    PERCENT = "0.0%";
    VN_OFFSET_DAYS = 7 / 24;
    UNITS_PER_PAGE = 10;
  }
});

// shared/export/report-edits.ts
function readProvinceReportEdits(grid2, place) {
  const lines = (name, datePlace = null) => {
    const n = grid2.definedNames.find((d) => d.name.toUpperCase() === name.toUpperCase());
    const box = n && parseRange(n.range);
    const sheet = n && grid2.sheet(n.sheet);
    if (!box || !sheet) return void 0;
    const out2 = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const t = text(sheet.cell(r, box.left)?.value ?? null, datePlace);
      if (t) out2.push(t);
    }
    return out2;
  };
  const one = (name, datePlace = null) => {
    const l = lines(name, datePlace);
    return l === void 0 ? void 0 : l.join(" ");
  };
  const edits = {};
  const set = (k, v) => {
    if (v !== void 0) edits[k] = v;
  };
  set("docNumber", one(REPORT_NAMES.docNumber));
  set("dateLine", one(REPORT_NAMES.dateLine, place));
  const narratives = {};
  for (const k of NARRATIVE_KEYS) {
    const l = lines(REPORT_NAMES[k]);
    if (l) narratives[k] = l.flatMap((p) => p.split("\n").map((x2) => x2.trim())).filter(Boolean);
  }
  if (Object.keys(narratives).length) edits.narratives = narratives;
  set(
    "recipients",
    lines(REPORT_NAMES.recipients)?.map((r) => r.replace(/^[-–•+]\s*/, ""))
  );
  set("signerCapacity", one(REPORT_NAMES.signerCapacity));
  set("signerTitle", one(REPORT_NAMES.signerTitle));
  set("signerName", one(REPORT_NAMES.signerName));
  return edits;
}
function text(v, place) {
  if (v === null || v === void 0) return "";
  if (typeof v === "string") {
    const s = v.normalize("NFC").replace(/\r\n?/g, "\n").trim();
    const day2 = place !== null && /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(s) ? parseDateText(s) : null;
    return day2 && day2.granularity === "day" ? formatDocumentDate(place, day2.from) : s;
  }
  if (place === null) return v instanceof Date ? jsDateToPlain(v) ?? "" : String(v);
  if (v instanceof Date) {
    const d = jsDateToPlain(v);
    return d ? formatDocumentDate(place, d) : "";
  }
  if (typeof v === "number") {
    const d = v > 2e4 && v < 8e4 ? excelSerialToDate(v) : null;
    return d ? formatDocumentDate(place, d) : String(v);
  }
  return v ? "TRUE" : "FALSE";
}
var init_report_edits = __esm({
  "shared/export/report-edits.ts"() {
    "use strict";
    init_plain_date();
    init_a1();
    init_parse_date();
    init_province_report();
    init_province_report_sheet();
  }
});

// shared/index.ts
var init_shared = __esm({
  "shared/index.ts"() {
    "use strict";
    init_types();
    init_errors();
    init_activity_groups();
    init_calendar();
    init_calendar_file();
    init_plain_date();
    init_registry_presets();
    init_registry_file();
    init_a1();
    init_workbook_grid();
    init_model_grid();
    init_spec_types();
    init_catalog();
    init_tt22_pl01_ke_hoach();
    init_tt22_pl02_bao_cao();
    init_sheet_model();
    init_build_template();
    init_task_code();
    init_text_fit();
    init_print_fit();
    init_document_form();
    init_submission();
    init_parse_workbook();
    init_finding();
    init_vi();
    init_normalize();
    init_legacy_encoding();
    init_parse_number();
    init_parse_date();
    init_parse_time_span();
    init_sheet_port();
    init_flows();
    init_entry_ops();
    init_cell_values();
    init_types2();
    init_consolidator();
    init_parsed_file();
    init_picked_files();
    init_export_document();
    init_csv_tables();
    init_summary_model();
    init_province_report();
    init_province_report_sheet();
    init_report_edits();
  }
});

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError;
var init_CsvError = __esm({
  "node_modules/csv-parse/lib/api/CsvError.js"() {
    CsvError = class _CsvError extends Error {
      constructor(code, message, options, ...contexts) {
        if (Array.isArray(message)) message = message.join(" ").trim();
        super(message);
        if (Error.captureStackTrace !== void 0) {
          Error.captureStackTrace(this, _CsvError);
        }
        this.code = code;
        for (const context of contexts) {
          for (const key in context) {
            const value = context[key];
            this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
          }
        }
      }
    };
  }
});

// node_modules/csv-parse/lib/utils/is_object.js
var is_object;
var init_is_object = __esm({
  "node_modules/csv-parse/lib/utils/is_object.js"() {
    is_object = function(obj) {
      return typeof obj === "object" && obj !== null && !Array.isArray(obj);
    };
  }
});

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array;
var init_normalize_columns_array = __esm({
  "node_modules/csv-parse/lib/api/normalize_columns_array.js"() {
    init_CsvError();
    init_is_object();
    normalize_columns_array = function(columns) {
      const normalizedColumns = [];
      for (let i2 = 0, l = columns.length; i2 < l; i2++) {
        const column = columns[i2];
        if (column === void 0 || column === null || column === false) {
          normalizedColumns[i2] = { disabled: true };
        } else if (typeof column === "string" || typeof column === "number") {
          normalizedColumns[i2] = { name: `${column}` };
        } else if (is_object(column)) {
          if (typeof column.name !== "string") {
            throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
              "Option columns missing name:",
              `property "name" is required at position ${i2}`,
              "when column is an object literal"
            ]);
          }
          normalizedColumns[i2] = column;
        } else {
          throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
            "Invalid column definition:",
            "expect a string or a literal object,",
            `got ${JSON.stringify(column)} at position ${i2}`
          ]);
        }
      }
      return normalizedColumns;
    };
  }
});

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer, ResizeableBuffer_default;
var init_ResizeableBuffer = __esm({
  "node_modules/csv-parse/lib/utils/ResizeableBuffer.js"() {
    ResizeableBuffer = class {
      constructor(size = 100) {
        this.size = size;
        this.length = 0;
        this.buf = Buffer.allocUnsafe(size);
      }
      prepend(val) {
        if (Buffer.isBuffer(val)) {
          const length = this.length + val.length;
          if (length >= this.size) {
            this.resize();
            if (length >= this.size) {
              throw Error("INVALID_BUFFER_STATE");
            }
          }
          const buf = this.buf;
          this.buf = Buffer.allocUnsafe(this.size);
          val.copy(this.buf, 0);
          buf.copy(this.buf, val.length);
          this.length += val.length;
        } else {
          const length = this.length++;
          if (length === this.size) {
            this.resize();
          }
          const buf = this.clone();
          this.buf[0] = val;
          buf.copy(this.buf, 1, 0, length);
        }
      }
      append(val) {
        const length = this.length++;
        if (length === this.size) {
          this.resize();
        }
        this.buf[length] = val;
      }
      clone() {
        return Buffer.from(this.buf.slice(0, this.length));
      }
      resize() {
        const length = this.length;
        this.size = this.size * 2;
        const buf = Buffer.allocUnsafe(this.size);
        this.buf.copy(buf, 0, 0, length);
        this.buf = buf;
      }
      toString(encoding) {
        if (encoding) {
          return this.buf.toString(encoding, 0, this.length);
        } else {
          return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
        }
      }
      toJSON() {
        return this.toString("utf8");
      }
      reset() {
        this.length = 0;
      }
    };
    ResizeableBuffer_default = ResizeableBuffer;
  }
});

// node_modules/csv-parse/lib/api/init_state.js
var init_state;
var init_init_state = __esm({
  "node_modules/csv-parse/lib/api/init_state.js"() {
    init_ResizeableBuffer();
    init_state = function(options) {
      const timchars = [
        // Basic Latin
        32,
        // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
        9,
        // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
        10,
        // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
        13,
        // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
        12,
        // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
        11,
        // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
        // Latin-1 Supplement
        160,
        // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
        // Ogham
        5760,
        // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
        // General Punctuation
        8192,
        // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
        8193,
        // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
        8194,
        // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
        8195,
        // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
        8196,
        // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
        8197,
        // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
        8198,
        // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
        8199,
        // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
        8200,
        // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
        8201,
        // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
        8202,
        // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
        8232,
        // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
        8233,
        // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
        8239,
        // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
        8287,
        // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
        12288,
        // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
        65279
        // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
      ].reduce((acc, codepoint) => {
        const encoded = Buffer.from(
          String.fromCharCode(codepoint),
          options.encoding
        );
        if (codepoint !== 63 && encoded.length === 1 && encoded[0] === 63) {
          return acc;
        }
        acc.push(encoded);
        return acc;
      }, []);
      const timcharFirstBytes = new Uint8Array(256);
      for (const t of timchars) timcharFirstBytes[t[0]] = 1;
      return {
        bomSkipped: false,
        bufBytesStart: 0,
        castField: options.cast_function,
        commenting: false,
        delimiterBufPrevious: void 0,
        delimiterDiscovered: false,
        // Current error encountered by a record
        error: void 0,
        enabled: options.from_line === 1,
        escaping: false,
        escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
        // columns can be `false`, `true`, `Array`
        expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
        field: new ResizeableBuffer_default(20),
        firstLineToHeaders: options.cast_first_line_to_header,
        needMoreDataSize: Math.max(
          // Skip if the remaining buffer smaller than comment
          options.comment !== null ? options.comment.length : 0,
          ...options.delimiter ? options.delimiter.map((delimiter) => delimiter.length) : [],
          // Auto discovery of delimiter is limited to 1 character
          options.delimiter_auto ? 1 : 0,
          // Skip if the remaining buffer can be escape sequence
          options.quote !== null ? options.quote.length : 0,
          ...timchars.map((t) => t.length)
        ),
        previousBuf: void 0,
        quoting: false,
        stop: false,
        rawBuffer: new ResizeableBuffer_default(100),
        record: [],
        recordHasError: false,
        record_length: 0,
        recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
        trimChars: [
          Buffer.from(" ", options.encoding)[0],
          Buffer.from("	", options.encoding)[0]
        ],
        wasQuoting: false,
        wasRowDelimiter: false,
        timchars,
        timcharFirstBytes
      };
    };
  }
});

// node_modules/csv-parse/lib/utils/underscore.js
var underscore;
var init_underscore = __esm({
  "node_modules/csv-parse/lib/utils/underscore.js"() {
    underscore = function(str) {
      return str.replace(/([A-Z])/g, function(_, match) {
        return "_" + match.toLowerCase();
      });
    };
  }
});

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options;
var init_normalize_options = __esm({
  "node_modules/csv-parse/lib/api/normalize_options.js"() {
    init_normalize_columns_array();
    init_CsvError();
    init_underscore();
    init_is_object();
    normalize_options = function(opts) {
      const options = {};
      for (const opt in opts) {
        options[underscore(opt)] = opts[opt];
      }
      if (options.encoding === void 0 || options.encoding === true) {
        options.encoding = "utf8";
      } else if (options.encoding === null || options.encoding === false) {
        options.encoding = null;
      } else if (typeof options.encoding !== "string" && options.encoding !== null) {
        throw new CsvError(
          "CSV_INVALID_OPTION_ENCODING",
          [
            "Invalid option encoding:",
            "encoding must be a string or null to return a buffer,",
            `got ${JSON.stringify(options.encoding)}`
          ],
          options
        );
      }
      if (options.bom === void 0 || options.bom === null || options.bom === false) {
        options.bom = false;
      } else if (options.bom !== true) {
        throw new CsvError(
          "CSV_INVALID_OPTION_BOM",
          [
            "Invalid option bom:",
            "bom must be true,",
            `got ${JSON.stringify(options.bom)}`
          ],
          options
        );
      }
      options.cast_function = null;
      if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
        options.cast = void 0;
      } else if (typeof options.cast === "function") {
        options.cast_function = options.cast;
        options.cast = true;
      } else if (options.cast !== true) {
        throw new CsvError(
          "CSV_INVALID_OPTION_CAST",
          [
            "Invalid option cast:",
            "cast must be true or a function,",
            `got ${JSON.stringify(options.cast)}`
          ],
          options
        );
      }
      if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
        options.cast_date = false;
      } else if (options.cast_date === true) {
        options.cast_date = function(value) {
          const date = Date.parse(value);
          return !isNaN(date) ? new Date(date) : value;
        };
      } else if (typeof options.cast_date !== "function") {
        throw new CsvError(
          "CSV_INVALID_OPTION_CAST_DATE",
          [
            "Invalid option cast_date:",
            "cast_date must be true or a function,",
            `got ${JSON.stringify(options.cast_date)}`
          ],
          options
        );
      }
      options.cast_first_line_to_header = void 0;
      if (options.columns === true) {
        options.cast_first_line_to_header = void 0;
      } else if (typeof options.columns === "function") {
        options.cast_first_line_to_header = options.columns;
        options.columns = true;
      } else if (Array.isArray(options.columns)) {
        options.columns = normalize_columns_array(options.columns);
      } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
        options.columns = false;
      } else {
        throw new CsvError(
          "CSV_INVALID_OPTION_COLUMNS",
          [
            "Invalid option columns:",
            "expect an array, a function or true,",
            `got ${JSON.stringify(options.columns)}`
          ],
          options
        );
      }
      if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
        options.group_columns_by_name = false;
      } else if (options.group_columns_by_name !== true) {
        throw new CsvError(
          "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
          [
            "Invalid option group_columns_by_name:",
            "expect an boolean,",
            `got ${JSON.stringify(options.group_columns_by_name)}`
          ],
          options
        );
      } else if (options.columns === false) {
        throw new CsvError(
          "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
          [
            "Invalid option group_columns_by_name:",
            "the `columns` mode must be activated."
          ],
          options
        );
      }
      if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
        options.comment = null;
      } else {
        if (typeof options.comment === "string") {
          options.comment = Buffer.from(options.comment, options.encoding);
        }
        if (!Buffer.isBuffer(options.comment)) {
          throw new CsvError(
            "CSV_INVALID_OPTION_COMMENT",
            [
              "Invalid option comment:",
              "comment must be a buffer or a string,",
              `got ${JSON.stringify(options.comment)}`
            ],
            options
          );
        }
      }
      if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
        options.comment_no_infix = false;
      } else if (options.comment_no_infix !== true) {
        throw new CsvError(
          "CSV_INVALID_OPTION_COMMENT",
          [
            "Invalid option comment_no_infix:",
            "value must be a boolean,",
            `got ${JSON.stringify(options.comment_no_infix)}`
          ],
          options
        );
      }
      if (options.delimiter_auto === void 0 || options.delimiter_auto === null || options.delimiter_auto === false) {
        options.delimiter_auto = false;
      } else if (options.delimiter_auto === true) {
        options.delimiter_auto = {};
      } else if (!is_object(options.delimiter_auto)) {
        throw new CsvError(
          "CSV_INVALID_OPTION_DELIMITER_AUTO",
          [
            "Invalid option delimiter_auto:",
            "delimiter_auto must be a boolean or a configuration object,",
            `got ${JSON.stringify(options.delimiter_auto)}`
          ],
          options
        );
      }
      if (options.delimiter_auto) {
        if (options.delimiter_auto.preferred === void 0)
          options.delimiter_auto.preferred = {
            [",".charCodeAt(0)]: 1.8,
            ["	".charCodeAt(0)]: 1.8,
            [";".charCodeAt(0)]: 1.6,
            [" ".charCodeAt(0)]: 1.6,
            [":".charCodeAt(0)]: 1.5,
            [".".charCodeAt(0)]: 1.4,
            ["/".charCodeAt(0)]: 1.4
          };
        else if (!is_object(options.delimiter_auto.preferred)) {
          throw new CsvError(
            "CSV_INVALID_OPTION_DELIMITER_AUTO",
            [
              "Invalid option delimiter_auto:",
              "preferred must be an object,",
              `got ${JSON.stringify(options.delimiter_auto.preferred)}`
            ],
            options
          );
        }
        if (options.delimiter_auto.score === void 0)
          options.delimiter_auto.score = (info, options2) => {
            return (info.total - info.std) * (options2.preferred[info.char_code] || 1);
          };
        else if (typeof options.delimiter_auto.score !== "function") {
          throw new CsvError(
            "CSV_INVALID_OPTION_DELIMITER_AUTO",
            [
              "Invalid option delimiter_auto:",
              "score must be a function,",
              `got ${JSON.stringify(options.delimiter_auto.score)}`
            ],
            options
          );
        }
        if (options.delimiter_auto.size === void 0)
          options.delimiter_auto.size = 2048;
        else if (typeof options.delimiter_auto.size !== "number") {
          throw new CsvError(
            "CSV_INVALID_OPTION_DELIMITER_AUTO",
            [
              "Invalid option delimiter_auto:",
              "size must be a number,",
              `got ${JSON.stringify(options.delimiter_auto.size)}`
            ],
            options
          );
        }
      }
      const delimiter_json = JSON.stringify(options.delimiter);
      if (options.delimiter_auto !== false) {
        options.delimiter = [];
      }
      if (!Array.isArray(options.delimiter)) {
        if (options.delimiter === void 0 || options.delimiter === null || options.delimiter === false) {
          options.delimiter = Buffer.from(",", options.encoding);
        }
        options.delimiter = [options.delimiter];
      }
      options.delimiter = options.delimiter.map(function(delimiter) {
        if (typeof delimiter === "string") {
          delimiter = Buffer.from(delimiter, options.encoding);
        }
        if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
          throw new CsvError(
            "CSV_INVALID_OPTION_DELIMITER",
            [
              "Invalid option delimiter:",
              "delimiter must be a non empty string or buffer or array of string|buffer,",
              `got ${delimiter_json}`
            ],
            options
          );
        }
        return delimiter;
      });
      if (options.escape === void 0 || options.escape === true) {
        options.escape = Buffer.from('"', options.encoding);
      } else if (typeof options.escape === "string") {
        options.escape = Buffer.from(options.escape, options.encoding);
      } else if (options.escape === null || options.escape === false) {
        options.escape = null;
      }
      if (options.escape !== null) {
        if (!Buffer.isBuffer(options.escape)) {
          throw new Error(
            `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
          );
        }
      }
      if (options.from === void 0 || options.from === null) {
        options.from = 1;
      } else {
        if (typeof options.from === "string" && /\d+/.test(options.from)) {
          options.from = parseInt(options.from);
        }
        if (Number.isInteger(options.from)) {
          if (options.from < 0) {
            throw new Error(
              `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
            );
          }
        } else {
          throw new Error(
            `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
          );
        }
      }
      if (options.from_line === void 0 || options.from_line === null) {
        options.from_line = 1;
      } else {
        if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
          options.from_line = parseInt(options.from_line);
        }
        if (Number.isInteger(options.from_line)) {
          if (options.from_line <= 0) {
            throw new Error(
              `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
            );
          }
        } else {
          throw new Error(
            `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
          );
        }
      }
      if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
        options.ignore_last_delimiters = false;
      } else if (typeof options.ignore_last_delimiters === "number") {
        options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
        if (options.ignore_last_delimiters === 0) {
          options.ignore_last_delimiters = false;
        }
      } else if (typeof options.ignore_last_delimiters !== "boolean") {
        throw new CsvError(
          "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
          [
            "Invalid option `ignore_last_delimiters`:",
            "the value must be a boolean value or an integer,",
            `got ${JSON.stringify(options.ignore_last_delimiters)}`
          ],
          options
        );
      }
      if (options.ignore_last_delimiters === true && options.columns === false) {
        throw new CsvError(
          "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
          [
            "The option `ignore_last_delimiters`",
            "requires the activation of the `columns` option"
          ],
          options
        );
      }
      if (options.info === void 0 || options.info === null || options.info === false) {
        options.info = false;
      } else if (options.info !== true) {
        throw new Error(
          `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
        );
      }
      if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
        options.max_record_size = 0;
      } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
      } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
        options.max_record_size = parseInt(options.max_record_size);
      } else {
        throw new Error(
          `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
        );
      }
      if (options.objname === void 0 || options.objname === null || options.objname === false) {
        options.objname = void 0;
      } else if (Buffer.isBuffer(options.objname)) {
        if (options.objname.length === 0) {
          throw new Error(`Invalid Option: objname must be a non empty buffer`);
        }
        if (options.encoding === null) {
        } else {
          options.objname = options.objname.toString(options.encoding);
        }
      } else if (typeof options.objname === "string") {
        if (options.objname.length === 0) {
          throw new Error(`Invalid Option: objname must be a non empty string`);
        }
      } else if (typeof options.objname === "number") {
      } else {
        throw new Error(
          `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
        );
      }
      if (options.objname !== void 0) {
        if (typeof options.objname === "number") {
          if (options.columns !== false) {
            throw Error(
              "Invalid Option: objname index cannot be combined with columns or be defined as a field"
            );
          }
        } else {
          if (options.columns === false) {
            throw Error(
              "Invalid Option: objname field must be combined with columns or be defined as an index"
            );
          }
        }
      }
      if (options.on_record === void 0 || options.on_record === null) {
        options.on_record = void 0;
      } else if (typeof options.on_record !== "function") {
        throw new CsvError(
          "CSV_INVALID_OPTION_ON_RECORD",
          [
            "Invalid option `on_record`:",
            "expect a function,",
            `got ${JSON.stringify(options.on_record)}`
          ],
          options
        );
      }
      if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
        throw new Error(
          `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
        );
      }
      if (options.quote === null || options.quote === false || options.quote === "") {
        options.quote = null;
      } else {
        if (options.quote === void 0 || options.quote === true) {
          options.quote = Buffer.from('"', options.encoding);
        } else if (typeof options.quote === "string") {
          options.quote = Buffer.from(options.quote, options.encoding);
        }
        if (!Buffer.isBuffer(options.quote)) {
          throw new Error(
            `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
          );
        }
      }
      if (options.raw === void 0 || options.raw === null || options.raw === false) {
        options.raw = false;
      } else if (options.raw !== true) {
        throw new Error(
          `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
        );
      }
      if (options.record_delimiter === void 0) {
        options.record_delimiter = [];
      } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
        if (options.record_delimiter.length === 0) {
          throw new CsvError(
            "CSV_INVALID_OPTION_RECORD_DELIMITER",
            [
              "Invalid option `record_delimiter`:",
              "value must be a non empty string or buffer,",
              `got ${JSON.stringify(options.record_delimiter)}`
            ],
            options
          );
        }
        options.record_delimiter = [options.record_delimiter];
      } else if (!Array.isArray(options.record_delimiter)) {
        throw new CsvError(
          "CSV_INVALID_OPTION_RECORD_DELIMITER",
          [
            "Invalid option `record_delimiter`:",
            "value must be a string, a buffer or array of string|buffer,",
            `got ${JSON.stringify(options.record_delimiter)}`
          ],
          options
        );
      }
      options.record_delimiter = options.record_delimiter.map(function(rd, i2) {
        if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
          throw new CsvError(
            "CSV_INVALID_OPTION_RECORD_DELIMITER",
            [
              "Invalid option `record_delimiter`:",
              "value must be a string, a buffer or array of string|buffer",
              `at index ${i2},`,
              `got ${JSON.stringify(rd)}`
            ],
            options
          );
        } else if (rd.length === 0) {
          throw new CsvError(
            "CSV_INVALID_OPTION_RECORD_DELIMITER",
            [
              "Invalid option `record_delimiter`:",
              "value must be a non empty string or buffer",
              `at index ${i2},`,
              `got ${JSON.stringify(rd)}`
            ],
            options
          );
        }
        if (typeof rd === "string") {
          rd = Buffer.from(rd, options.encoding);
        }
        return rd;
      });
      if (typeof options.relax_column_count === "boolean") {
      } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
        options.relax_column_count = false;
      } else {
        throw new Error(
          `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
        );
      }
      if (typeof options.relax_column_count_less === "boolean") {
      } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
        options.relax_column_count_less = false;
      } else {
        throw new Error(
          `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
        );
      }
      if (typeof options.relax_column_count_more === "boolean") {
      } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
        options.relax_column_count_more = false;
      } else {
        throw new Error(
          `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
        );
      }
      if (typeof options.relax_quotes === "boolean") {
      } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
        options.relax_quotes = false;
      } else {
        throw new Error(
          `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
        );
      }
      if (typeof options.skip_empty_lines === "boolean") {
      } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
        options.skip_empty_lines = false;
      } else {
        throw new Error(
          `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
        );
      }
      if (typeof options.skip_records_with_empty_values === "boolean") {
      } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
        options.skip_records_with_empty_values = false;
      } else {
        throw new Error(
          `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
        );
      }
      if (typeof options.skip_records_with_error === "boolean") {
      } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
        options.skip_records_with_error = false;
      } else {
        throw new Error(
          `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
        );
      }
      if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
        options.rtrim = false;
      } else if (options.rtrim !== true) {
        throw new Error(
          `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
        );
      }
      if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
        options.ltrim = false;
      } else if (options.ltrim !== true) {
        throw new Error(
          `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
        );
      }
      if (options.trim === void 0 || options.trim === null || options.trim === false) {
        options.trim = false;
      } else if (options.trim !== true) {
        throw new Error(
          `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
        );
      }
      if (options.trim === true && opts.ltrim !== false) {
        options.ltrim = true;
      } else if (options.ltrim !== true) {
        options.ltrim = false;
      }
      if (options.trim === true && opts.rtrim !== false) {
        options.rtrim = true;
      } else if (options.rtrim !== true) {
        options.rtrim = false;
      }
      if (options.to === void 0 || options.to === null) {
        options.to = -1;
      } else if (options.to !== -1) {
        if (typeof options.to === "string" && /\d+/.test(options.to)) {
          options.to = parseInt(options.to);
        }
        if (Number.isInteger(options.to)) {
          if (options.to <= 0) {
            throw new Error(
              `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
            );
          }
        } else {
          throw new Error(
            `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
          );
        }
      }
      if (options.to_line === void 0 || options.to_line === null) {
        options.to_line = -1;
      } else if (options.to_line !== -1) {
        if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
          options.to_line = parseInt(options.to_line);
        }
        if (Number.isInteger(options.to_line)) {
          if (options.to_line <= 0) {
            throw new Error(
              `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
            );
          }
        } else {
          throw new Error(
            `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
          );
        }
      }
      return options;
    };
  }
});

// node_modules/csv-parse/lib/utils/delimiter_discover.js
var delimiter_discover, std;
var init_delimiter_discover = __esm({
  "node_modules/csv-parse/lib/utils/delimiter_discover.js"() {
    init_normalize_options();
    init_api();
    delimiter_discover = function(records, options) {
      if (!options) {
        ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
      }
      if (typeof records === "string") {
        records = Buffer.from(records);
      }
      if (Buffer.isBuffer(records)) {
        records = ((data) => {
          const records2 = [];
          const parser = transform({ delimiter: [] });
          const push = (record) => records2.push(record);
          const close = () => {
          };
          const error = parser.parse(data, true, push, close);
          if (error !== void 0) throw error;
          return records2;
        })(records);
      }
      const info = Array(127).fill().map(() => ({ lines: [] }));
      records.map(([record], line) => {
        for (let i2 = 0, l = record.length; i2 < l; i2++) {
          const code = record.charCodeAt(i2);
          if (info[code].lines[line] === void 0) info[code].lines[line] = 0;
          info[code].lines[line]++;
        }
      });
      info.map((info2, i2) => {
        info2.char_code = i2;
        info2.std = std(info2.lines);
        info2.total = info2.lines.reduce((acc, val) => acc + val, 0);
        info2.preferred = !!options.preferred[i2];
        info2.score = options.score(info2, options);
      });
      const result = info.reduce(
        (acc, info2) => acc.score > info2.score ? acc : info2,
        {}
      );
      return String.fromCharCode(result.char_code);
    };
    std = function(array) {
      const n = array.length;
      if (n === 0) return 0;
      const mean = array.reduce((a, b) => a + b) / n;
      return Math.sqrt(
        array.map((x2) => Math.pow(x2 - mean, 2)).reduce((a, b) => a + b) / n
      );
    };
  }
});

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty, cr, nl, boms, transform;
var init_api = __esm({
  "node_modules/csv-parse/lib/api/index.js"() {
    init_normalize_columns_array();
    init_init_state();
    init_normalize_options();
    init_CsvError();
    init_delimiter_discover();
    isRecordEmpty = function(record) {
      return record.every(
        (field) => field == null || field.toString && field.toString().trim() === ""
      );
    };
    cr = 13;
    nl = 10;
    boms = {
      // Note, the following are equals:
      // Buffer.from("\ufeff")
      // Buffer.from([239, 187, 191])
      // Buffer.from('EFBBBF', 'hex')
      utf8: Buffer.from([239, 187, 191]),
      // Note, the following are equals:
      // Buffer.from "\ufeff", 'utf16le
      // Buffer.from([255, 254])
      utf16le: Buffer.from([255, 254])
    };
    transform = function(original_options = {}) {
      const info = {
        bytes: 0,
        bytes_records: 0,
        comment_lines: 0,
        empty_lines: 0,
        invalid_field_length: 0,
        lines: 1,
        records: 0
      };
      const options = normalize_options(original_options);
      return {
        info,
        original_options,
        options,
        state: init_state(options),
        __needMoreData: function(i2, bufLen, end) {
          if (end) return false;
          const { encoding, escape, quote: quote2 } = this.options;
          const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
          const numOfCharLeft = bufLen - i2 - 1;
          const requiredLength = Math.max(
            needMoreDataSize,
            // Skip if the remaining buffer smaller than record delimiter
            // If "record_delimiter" is yet to be discovered:
            // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
            // 2. We set the length to windows line ending in the current encoding
            // Note, that encoding is known from user or bom discovery at that point
            // recordDelimiterMaxLength,
            recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
            // Skip if remaining buffer can be an escaped quote
            quoting ? (escape === null ? 0 : escape.length) + quote2.length : 0,
            // Skip if remaining buffer can be record delimiter following the closing quote
            quoting ? quote2.length + recordDelimiterMaxLength : 0
          );
          return numOfCharLeft < requiredLength;
        },
        // Central parser implementation
        parse: function(nextBuf, end, push, close) {
          const {
            bom,
            comment_no_infix,
            delimiter_auto,
            encoding,
            from_line,
            ltrim,
            max_record_size,
            raw,
            relax_quotes,
            rtrim,
            skip_empty_lines,
            to,
            to_line
          } = this.options;
          let { comment, escape, quote: quote2, record_delimiter } = this.options;
          const {
            bomSkipped,
            delimiterDiscovered,
            delimiterBufPrevious,
            rawBuffer,
            escapeIsQuote
          } = this.state;
          if (!delimiterDiscovered && delimiter_auto) {
            let delimiterBuf;
            if (delimiterBufPrevious === void 0) {
              delimiterBuf = nextBuf;
            } else if (delimiterBufPrevious !== void 0 && nextBuf === void 0) {
              delimiterBuf = delimiterBufPrevious;
            } else {
              delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
            }
            nextBuf = void 0;
            if (end || delimiterBuf.length > delimiter_auto.size) {
              this.options.delimiter = [
                Buffer.from(
                  delimiter_discover(delimiterBuf, this.options.delimiter_auto)
                )
              ];
              this.state.previousBuf = delimiterBuf;
              this.state.delimiterBufPrevious = void 0;
              this.state.delimiterDiscovered = true;
            } else {
              this.state.delimiterBufPrevious = delimiterBuf;
              return;
            }
          }
          const { previousBuf } = this.state;
          let buf;
          if (previousBuf === void 0) {
            if (nextBuf === void 0) {
              close();
              return;
            } else {
              buf = nextBuf;
            }
          } else if (previousBuf !== void 0 && nextBuf === void 0) {
            buf = previousBuf;
          } else {
            buf = Buffer.concat([previousBuf, nextBuf]);
          }
          if (bomSkipped === false) {
            if (bom === false) {
              this.state.bomSkipped = true;
            } else if (buf.length < 3) {
              if (end === false) {
                this.state.previousBuf = buf;
                return;
              }
            } else {
              for (const encoding2 in boms) {
                if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
                  const bomLength = boms[encoding2].length;
                  this.state.bufBytesStart += bomLength;
                  buf = buf.slice(bomLength);
                  const options2 = normalize_options({
                    ...this.original_options,
                    encoding: encoding2
                  });
                  for (const key in options2) {
                    this.options[key] = options2[key];
                  }
                  ({ comment, escape, quote: quote2 } = this.options);
                  break;
                }
              }
              this.state.bomSkipped = true;
            }
          }
          const bufLen = buf.length;
          let pos;
          for (pos = 0; pos < bufLen; pos++) {
            if (this.__needMoreData(pos, bufLen, end)) {
              break;
            }
            if (this.state.wasRowDelimiter === true) {
              this.info.lines++;
              this.state.wasRowDelimiter = false;
            }
            if (to_line !== -1 && this.info.lines > to_line) {
              this.state.stop = true;
              close();
              return;
            }
            if (this.state.quoting === false && record_delimiter.length === 0) {
              const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
                buf,
                pos
              );
              if (record_delimiterCount) {
                record_delimiter = this.options.record_delimiter;
              }
            }
            const chr = buf[pos];
            if (raw === true) {
              rawBuffer.append(chr);
            }
            if ((chr === cr || chr === nl) && this.state.wasRowDelimiter === false) {
              this.state.wasRowDelimiter = true;
            }
            if (this.state.escaping === true) {
              this.state.escaping = false;
            } else {
              if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
                if (escapeIsQuote) {
                  if (this.__isQuote(buf, pos + escape.length)) {
                    this.state.escaping = true;
                    pos += escape.length - 1;
                    continue;
                  }
                } else {
                  this.state.escaping = true;
                  pos += escape.length - 1;
                  continue;
                }
              }
              if (this.state.commenting === false && this.__isQuote(buf, pos)) {
                if (this.state.quoting === true) {
                  const nextChr = buf[pos + quote2.length];
                  const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote2.length);
                  const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote2.length, nextChr);
                  const isNextChrDelimiter = this.__isDelimiter(
                    buf,
                    pos + quote2.length,
                    nextChr
                  );
                  const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote2.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote2.length);
                  if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                    pos += escape.length - 1;
                  } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                    this.state.quoting = false;
                    this.state.wasQuoting = true;
                    pos += quote2.length - 1;
                    continue;
                  } else if (relax_quotes === false) {
                    const err2 = this.__error(
                      new CsvError(
                        "CSV_INVALID_CLOSING_QUOTE",
                        [
                          "Invalid Closing Quote:",
                          `got "${String.fromCharCode(nextChr)}"`,
                          `at line ${this.info.lines}`,
                          "instead of delimiter, record delimiter, trimable character",
                          "(if activated) or comment"
                        ],
                        this.options,
                        this.__infoField()
                      )
                    );
                    if (err2 !== void 0) return err2;
                  } else {
                    this.state.quoting = false;
                    this.state.wasQuoting = true;
                    this.state.field.prepend(quote2);
                    pos += quote2.length - 1;
                  }
                } else {
                  if (this.state.field.length !== 0) {
                    if (relax_quotes === false) {
                      const info2 = this.__infoField();
                      const bom2 = Object.keys(boms).map(
                        (b) => boms[b].equals(this.state.field.toString()) ? b : false
                      ).filter(Boolean)[0];
                      const err2 = this.__error(
                        new CsvError(
                          "INVALID_OPENING_QUOTE",
                          [
                            "Invalid Opening Quote:",
                            `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                            bom2 ? `(${bom2} bom)` : void 0
                          ],
                          this.options,
                          info2,
                          {
                            field: this.state.field
                          }
                        )
                      );
                      if (err2 !== void 0) return err2;
                    }
                  } else {
                    this.state.quoting = true;
                    pos += quote2.length - 1;
                    continue;
                  }
                }
              }
              if (this.state.quoting === false) {
                const recordDelimiterLength = this.__isRecordDelimiter(
                  chr,
                  buf,
                  pos
                );
                if (recordDelimiterLength !== 0) {
                  const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
                  if (skipCommentLine) {
                    this.info.comment_lines++;
                  } else {
                    if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                      this.state.enabled = true;
                      this.__resetField();
                      this.__resetRecord();
                      pos += recordDelimiterLength - 1;
                      continue;
                    }
                    if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                      this.info.empty_lines++;
                      pos += recordDelimiterLength - 1;
                      continue;
                    }
                    this.info.bytes = this.state.bufBytesStart + pos;
                    const errField = this.__onField();
                    if (errField !== void 0) return errField;
                    this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                    const errRecord = this.__onRecord(push);
                    if (errRecord !== void 0) return errRecord;
                    if (to !== -1 && this.info.records >= to) {
                      this.state.stop = true;
                      close();
                      return;
                    }
                  }
                  this.state.commenting = false;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (this.state.commenting) {
                  continue;
                }
                if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
                  const commentCount = this.__compareBytes(comment, buf, pos, chr);
                  if (commentCount !== 0) {
                    this.state.commenting = true;
                    continue;
                  }
                }
                const delimiterLength = this.__isDelimiter(buf, pos, chr);
                if (delimiterLength !== 0) {
                  this.info.bytes = this.state.bufBytesStart + pos;
                  const errField = this.__onField();
                  if (errField !== void 0) return errField;
                  pos += delimiterLength - 1;
                  continue;
                }
              }
            }
            if (this.state.commenting === false) {
              if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
                return this.__error(
                  new CsvError(
                    "CSV_MAX_RECORD_SIZE",
                    [
                      "Max Record Size:",
                      "record exceed the maximum number of tolerated bytes",
                      `of ${max_record_size}`,
                      `at line ${this.info.lines}`
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
              }
            }
            const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
            const rappend = rtrim === false || this.state.wasQuoting === false;
            if (lappend === true && rappend === true) {
              this.state.field.append(chr);
            } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
              return this.__error(
                new CsvError(
                  "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
                  [
                    "Invalid Closing Quote:",
                    "found non trimable byte after quote",
                    `at line ${this.info.lines}`
                  ],
                  this.options,
                  this.__infoField()
                )
              );
            } else {
              if (lappend === false) {
                pos += this.__isCharTrimable(buf, pos) - 1;
              }
              continue;
            }
          }
          if (end === true) {
            if (this.state.quoting === true) {
              const err2 = this.__error(
                new CsvError(
                  "CSV_QUOTE_NOT_CLOSED",
                  [
                    "Quote Not Closed:",
                    `the parsing is finished with an opening quote at line ${this.info.lines}`
                  ],
                  this.options,
                  this.__infoField()
                )
              );
              if (err2 !== void 0) return err2;
            } else {
              if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
              } else if (this.state.wasRowDelimiter === true) {
                this.info.empty_lines++;
              } else if (this.state.commenting === true) {
                this.info.comment_lines++;
              }
            }
          } else {
            this.state.bufBytesStart += pos;
            this.state.previousBuf = buf.slice(pos);
          }
          if (this.state.wasRowDelimiter === true) {
            this.info.lines++;
            this.state.wasRowDelimiter = false;
          }
        },
        __onRecord: function(push) {
          const {
            columns,
            group_columns_by_name,
            encoding,
            info: info2,
            from,
            relax_column_count,
            relax_column_count_less,
            relax_column_count_more,
            raw,
            skip_records_with_empty_values
          } = this.options;
          const { enabled, record } = this.state;
          if (enabled === false) {
            return this.__resetRecord();
          }
          const recordLength = record.length;
          if (columns === true) {
            if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
              this.__resetRecord();
              return;
            }
            return this.__firstLineToColumns(record);
          }
          if (columns === false && this.info.records === 0) {
            this.state.expectedRecordLength = recordLength;
          }
          if (recordLength !== this.state.expectedRecordLength) {
            const err2 = columns === false ? new CsvError(
              "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
              [
                "Invalid Record Length:",
                `expect ${this.state.expectedRecordLength},`,
                `got ${recordLength} on line ${this.info.lines}`
              ],
              this.options,
              this.__infoField(),
              {
                record
              }
            ) : new CsvError(
              "CSV_RECORD_INCONSISTENT_COLUMNS",
              [
                "Invalid Record Length:",
                `columns length is ${columns.length},`,
                // rename columns
                `got ${recordLength} on line ${this.info.lines}`
              ],
              this.options,
              this.__infoField(),
              {
                record
              }
            );
            if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
              this.info.invalid_field_length++;
              this.state.error = err2;
            } else {
              const finalErr = this.__error(err2);
              if (finalErr) return finalErr;
            }
          }
          if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
            this.__resetRecord();
            return;
          }
          if (this.state.recordHasError === true) {
            this.__resetRecord();
            this.state.recordHasError = false;
            return;
          }
          this.info.records++;
          if (from === 1 || this.info.records >= from) {
            const { objname } = this.options;
            if (columns !== false) {
              const obj = {};
              for (let i2 = 0, l = record.length; i2 < l; i2++) {
                if (columns[i2] === void 0 || columns[i2].disabled) continue;
                if (group_columns_by_name === true && Object.hasOwn(obj, columns[i2].name)) {
                  if (Array.isArray(obj[columns[i2].name])) {
                    obj[columns[i2].name] = obj[columns[i2].name].concat(record[i2]);
                  } else {
                    obj[columns[i2].name] = [obj[columns[i2].name], record[i2]];
                  }
                } else {
                  Object.defineProperty(obj, columns[i2].name, {
                    value: record[i2],
                    enumerable: true,
                    writable: true,
                    configurable: true
                  });
                }
              }
              if (raw === true || info2 === true) {
                const extRecord = Object.assign(
                  { record: obj },
                  raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
                  info2 === true ? { info: this.__infoRecord() } : {}
                );
                const err2 = this.__push(
                  objname === void 0 ? extRecord : [obj[objname], extRecord],
                  push
                );
                if (err2) {
                  return err2;
                }
              } else {
                const err2 = this.__push(
                  objname === void 0 ? obj : [obj[objname], obj],
                  push
                );
                if (err2) {
                  return err2;
                }
              }
            } else {
              if (raw === true || info2 === true) {
                const extRecord = Object.assign(
                  { record },
                  raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
                  info2 === true ? { info: this.__infoRecord() } : {}
                );
                const err2 = this.__push(
                  objname === void 0 ? extRecord : [record[objname], extRecord],
                  push
                );
                if (err2) {
                  return err2;
                }
              } else {
                const err2 = this.__push(
                  objname === void 0 ? record : [record[objname], record],
                  push
                );
                if (err2) {
                  return err2;
                }
              }
            }
          }
          this.__resetRecord();
        },
        __firstLineToColumns: function(record) {
          const { firstLineToHeaders } = this.state;
          try {
            const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
            if (!Array.isArray(headers)) {
              return this.__error(
                new CsvError(
                  "CSV_INVALID_COLUMN_MAPPING",
                  [
                    "Invalid Column Mapping:",
                    "expect an array from column function,",
                    `got ${JSON.stringify(headers)}`
                  ],
                  this.options,
                  this.__infoField(),
                  {
                    headers
                  }
                )
              );
            }
            const normalizedHeaders = normalize_columns_array(headers);
            this.state.expectedRecordLength = normalizedHeaders.length;
            this.options.columns = normalizedHeaders;
            this.__resetRecord();
            return;
          } catch (err2) {
            return err2;
          }
        },
        __resetRecord: function() {
          if (this.options.raw === true) {
            this.state.rawBuffer.reset();
          }
          this.state.error = void 0;
          this.state.record = [];
          this.state.record_length = 0;
        },
        __onField: function() {
          const { cast, encoding, rtrim, max_record_size } = this.options;
          const { enabled, wasQuoting } = this.state;
          if (enabled === false) {
            return this.__resetField();
          }
          let field = this.state.field.toString(encoding);
          if (rtrim === true && wasQuoting === false) {
            field = field.trimRight();
          }
          if (cast === true) {
            const [err2, f] = this.__cast(field);
            if (err2 !== void 0) return err2;
            field = f;
          }
          this.state.record.push(field);
          if (max_record_size !== 0 && typeof field === "string") {
            this.state.record_length += field.length;
          }
          this.__resetField();
        },
        __resetField: function() {
          this.state.field.reset();
          this.state.wasQuoting = false;
        },
        __push: function(record, push) {
          const { on_record } = this.options;
          if (on_record !== void 0) {
            const info2 = this.__infoRecord();
            try {
              record = on_record.call(null, record, info2);
            } catch (err2) {
              return err2;
            }
            if (record === void 0 || record === null) {
              return;
            }
          }
          this.info.bytes_records += this.info.bytes;
          push(record);
        },
        // Return a tuple with the error and the casted value
        __cast: function(field) {
          const { columns, relax_column_count } = this.options;
          const isColumns = Array.isArray(columns);
          if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
            return [void 0, void 0];
          }
          if (this.state.castField !== null) {
            try {
              const info2 = this.__infoField();
              return [void 0, this.state.castField.call(null, field, info2)];
            } catch (err2) {
              return [err2];
            }
          }
          if (this.__isFloat(field)) {
            return [void 0, parseFloat(field)];
          } else if (this.options.cast_date !== false) {
            const info2 = this.__infoField();
            return [void 0, this.options.cast_date.call(null, field, info2)];
          }
          return [void 0, field];
        },
        __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
          if (sourceBuf[0] !== firstByte) return 0;
          const sourceLength = sourceBuf.length;
          for (let i2 = 1; i2 < sourceLength; i2++) {
            if (sourceBuf[i2] !== targetBuf[targetPos + i2]) return 0;
          }
          return sourceLength;
        },
        // Helper to test if a character is trimable
        __isCharTrimable: function(buf, pos) {
          const { timchars, timcharFirstBytes } = this.state;
          const first = buf[pos];
          if (first === void 0 || timcharFirstBytes[first] === 0) return 0;
          loop1: for (let i2 = 0; i2 < timchars.length; i2++) {
            const timchar = timchars[i2];
            for (let j = 0; j < timchar.length; j++) {
              if (timchar[j] !== buf[pos + j]) continue loop1;
            }
            return timchar.length;
          }
          return 0;
        },
        __isDelimiter: function(buf, pos, chr) {
          const { delimiter, ignore_last_delimiters } = this.options;
          if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
            return 0;
          } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
            return 0;
          }
          loop1: for (let i2 = 0; i2 < delimiter.length; i2++) {
            const del = delimiter[i2];
            if (del[0] === chr) {
              for (let j = 1; j < del.length; j++) {
                if (del[j] !== buf[pos + j]) continue loop1;
              }
              return del.length;
            }
          }
          return 0;
        },
        __isEscape: function(buf, pos, chr) {
          const { escape } = this.options;
          if (escape === null) return false;
          const l = escape.length;
          if (escape[0] === chr) {
            for (let i2 = 0; i2 < l; i2++) {
              if (escape[i2] !== buf[pos + i2]) {
                return false;
              }
            }
            return true;
          }
          return false;
        },
        __isFloat: function(value) {
          return value - parseFloat(value) + 1 >= 0;
        },
        // Keep it in case we implement the `cast_int` option
        // __isInt(value){
        //   // return Number.isInteger(parseInt(value))
        //   // return !isNaN( parseInt( obj ) );
        //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
        // }
        __isQuote: function(buf, pos) {
          const { quote: quote2 } = this.options;
          if (quote2 === null) return false;
          const l = quote2.length;
          for (let i2 = 0; i2 < l; i2++) {
            if (quote2[i2] !== buf[pos + i2]) {
              return false;
            }
          }
          return true;
        },
        __isRecordDelimiter: function(chr, buf, pos) {
          const { record_delimiter } = this.options;
          const recordDelimiterLength = record_delimiter.length;
          loop1: for (let i2 = 0; i2 < recordDelimiterLength; i2++) {
            const rd = record_delimiter[i2];
            const rdLength = rd.length;
            if (rd[0] !== chr) {
              continue;
            }
            for (let j = 1; j < rdLength; j++) {
              if (rd[j] !== buf[pos + j]) {
                continue loop1;
              }
            }
            return rd.length;
          }
          return 0;
        },
        __autoDiscoverRecordDelimiter: function(buf, pos) {
          const { encoding } = this.options;
          const rds = [
            // Important, the windows line ending must be before mac os 9
            Buffer.from("\r\n", encoding),
            Buffer.from("\n", encoding),
            Buffer.from("\r", encoding)
          ];
          loop: for (let i2 = 0; i2 < rds.length; i2++) {
            const l = rds[i2].length;
            for (let j = 0; j < l; j++) {
              if (rds[i2][j] !== buf[pos + j]) {
                continue loop;
              }
            }
            this.options.record_delimiter.push(rds[i2]);
            this.state.recordDelimiterMaxLength = rds[i2].length;
            return rds[i2].length;
          }
          return 0;
        },
        __error: function(msg) {
          const { encoding, raw, skip_records_with_error } = this.options;
          const err2 = typeof msg === "string" ? new Error(msg) : msg;
          if (skip_records_with_error) {
            this.state.recordHasError = true;
            if (this.options.on_skip !== void 0) {
              try {
                this.options.on_skip(
                  err2,
                  raw ? this.state.rawBuffer.toString(encoding) : void 0
                );
              } catch (err3) {
                return err3;
              }
            }
            return void 0;
          } else {
            return err2;
          }
        },
        __infoDataSet: function() {
          return {
            ...this.info,
            columns: this.options.columns
          };
        },
        __infoRecord: function() {
          const { columns, raw, encoding } = this.options;
          return {
            ...this.__infoDataSet(),
            bytes_records: this.info.bytes,
            error: this.state.error,
            header: columns === true,
            index: this.state.record.length,
            raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
          };
        },
        __infoField: function() {
          const { columns } = this.options;
          const isColumns = Array.isArray(columns);
          const bytes_records = this.info.bytes_records;
          return {
            ...this.__infoRecord(),
            bytes_records,
            column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
            quoting: this.state.wasQuoting
          };
        }
      };
    };
  }
});

// node_modules/csv-parse/lib/sync.js
var parse;
var init_sync = __esm({
  "node_modules/csv-parse/lib/sync.js"() {
    init_api();
    init_normalize_options();
    parse = function(data, opts = {}) {
      if (typeof data === "string") {
        data = Buffer.from(data);
      }
      const records = opts && opts.objname ? /* @__PURE__ */ Object.create(null) : [];
      const parser = transform(opts);
      const push = (record) => {
        if (parser.options.objname === void 0) records.push(record);
        else {
          records[record[0]] = record[1];
        }
      };
      const close = () => {
      };
      const error = parser.parse(data, true, push, close);
      if (error !== void 0) throw error;
      return records;
    };
  }
});

// node_modules/fflate/esm/index.mjs
function deflateSync(data, opts) {
  return dopt(data, opts || {}, 0, 0);
}
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
function strToU8(str, latin1) {
  if (latin1) {
    var ar_1 = new u8(str.length);
    for (var i2 = 0; i2 < str.length; ++i2)
      ar_1[i2] = str.charCodeAt(i2);
    return ar_1;
  }
  if (te)
    return te.encode(str);
  var l = str.length;
  var ar = new u8(str.length + (str.length >> 1));
  var ai = 0;
  var w = function(v) {
    ar[ai++] = v;
  };
  for (var i2 = 0; i2 < l; ++i2) {
    if (ai + 5 > ar.length) {
      var n = new u8(ai + 8 + (l - i2 << 1));
      n.set(ar);
      ar = n;
    }
    var c = str.charCodeAt(i2);
    if (c < 128 || latin1)
      w(c);
    else if (c < 2048)
      w(192 | c >> 6), w(128 | c & 63);
    else if (c > 55295 && c < 57344)
      c = 65536 + (c & 1023 << 10) | str.charCodeAt(++i2) & 1023, w(240 | c >> 18), w(128 | c >> 12 & 63), w(128 | c >> 6 & 63), w(128 | c & 63);
    else
      w(224 | c >> 12), w(128 | c >> 6 & 63), w(128 | c & 63);
  }
  return slc(ar, 0, ai);
}
function strFromU8(dat, latin1) {
  if (latin1) {
    var r = "";
    for (var i2 = 0; i2 < dat.length; i2 += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i2, i2 + 16384));
    return r;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    if (r.length)
      err(8);
    return s;
  }
}
function zipSync(data, opts) {
  if (!opts)
    opts = {};
  var r = {};
  var files = [];
  fltn(data, "", r, opts);
  var o = 0;
  var tot = 0;
  for (var fn in r) {
    var _a2 = r[fn], file = _a2[0], p = _a2[1];
    var compression = p.level == 0 ? 0 : 8;
    var f = strToU8(fn), s = f.length;
    var com = p.comment, m = com && strToU8(com), ms = m && m.length;
    var exl = exfl(p.extra);
    if (s > 65535)
      err(11);
    var d = compression ? deflateSync(file, p) : file, l = d.length;
    var c = crc();
    c.p(file);
    files.push(mrg(p, {
      size: file.length,
      crc: c.d(),
      c: d,
      f,
      m,
      u: s != fn.length || m && com.length != ms,
      o,
      compression
    }));
    o += 30 + s + exl + l;
    tot += 76 + 2 * (s + exl) + (ms || 0) + l;
  }
  var out2 = new u8(tot + 22), oe = o, cdl = tot - o;
  for (var i2 = 0; i2 < files.length; ++i2) {
    var f = files[i2];
    wzh(out2, f.o, f, f.f, f.u, f.c.length);
    var badd = 30 + f.f.length + exfl(f.extra);
    out2.set(f.c, f.o + badd);
    wzh(out2, o, f, f.f, f.u, f.c.length, f.o, f.m), o += 16 + badd + (f.m ? f.m.length : 0);
  }
  wzf(out2, o, files.length, cdl, oe);
  return out2;
}
function unzipSync(data, opts) {
  var files = {};
  var e = data.length - 22;
  for (; b4(data, e) != 101010256; --e) {
    if (!e || data.length - e > 65558)
      err(13);
  }
  ;
  var c = b2(data, e + 8);
  if (!c)
    return {};
  var o = b4(data, e + 16);
  var z = b4(data, e - 20) == 117853008;
  if (z) {
    var ze = b4(data, e - 12);
    z = b4(data, ze) == 101075792;
    if (z) {
      c = b4(data, ze + 32);
      o = b4(data, ze + 48);
    }
  }
  var fltr = opts && opts.filter;
  for (var i2 = 0; i2 < c; ++i2) {
    var _a2 = zh(data, o, z), c_2 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b = slzh(data, off);
    o = no;
    if (!fltr || fltr({
      name: fn,
      size: sc,
      originalSize: su,
      compression: c_2
    })) {
      if (!c_2)
        files[fn] = slc(data, b, b + sc);
      else if (c_2 == 8)
        files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
      else
        err(14, "unknown compression type " + c_2);
    }
  }
  return files;
}
var import_module, require2, _a, Worker, isMarkedAsUntransferable, u8, u16, i32, fleb, fdeb, clim, freb, _a, fl, revfl, _b, fd, revfd, rev, x, i, hMap, flt, i, i, i, i, fdt, i, flm, flrm, fdm, fdrm, max, bits, bits16, shft, slc, ec, err, inflt, wbits, wbits16, hTree, ln, lc, clen, wfblk, wblk, deo, et, dflt, crct, crc, dopt, mrg, b2, b4, b8, wbytes, Inflate, fltn, te, td, tds, dutf8, slzh, zh, z64hs, exfl, wzh, wzf, Zip;
var init_esm = __esm({
  "node_modules/fflate/esm/index.mjs"() {
    import_module = require("module");
    require2 = (0, import_module.createRequire)("/");
    try {
      _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
    } catch (e) {
    }
    u8 = Uint8Array;
    u16 = Uint16Array;
    i32 = Int32Array;
    fleb = new u8([
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      2,
      2,
      2,
      2,
      3,
      3,
      3,
      3,
      4,
      4,
      4,
      4,
      5,
      5,
      5,
      5,
      0,
      /* unused */
      0,
      0,
      /* impossible */
      0
    ]);
    fdeb = new u8([
      0,
      0,
      0,
      0,
      1,
      1,
      2,
      2,
      3,
      3,
      4,
      4,
      5,
      5,
      6,
      6,
      7,
      7,
      8,
      8,
      9,
      9,
      10,
      10,
      11,
      11,
      12,
      12,
      13,
      13,
      /* unused */
      0,
      0
    ]);
    clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
    freb = function(eb, start) {
      var b = new u16(31);
      for (var i2 = 0; i2 < 31; ++i2) {
        b[i2] = start += 1 << eb[i2 - 1];
      }
      var r = new i32(b[30]);
      for (var i2 = 1; i2 < 30; ++i2) {
        for (var j = b[i2]; j < b[i2 + 1]; ++j) {
          r[j] = j - b[i2] << 5 | i2;
        }
      }
      return { b, r };
    };
    _a = freb(fleb, 2);
    fl = _a.b;
    revfl = _a.r;
    fl[28] = 258, revfl[258] = 28;
    _b = freb(fdeb, 0);
    fd = _b.b;
    revfd = _b.r;
    rev = new u16(32768);
    for (i = 0; i < 32768; ++i) {
      x = (i & 43690) >> 1 | (i & 21845) << 1;
      x = (x & 52428) >> 2 | (x & 13107) << 2;
      x = (x & 61680) >> 4 | (x & 3855) << 4;
      rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
    }
    hMap = (function(cd, mb2, r) {
      var s = cd.length;
      var i2 = 0;
      var l = new u16(mb2);
      for (; i2 < s; ++i2) {
        if (cd[i2])
          ++l[cd[i2] - 1];
      }
      var le = new u16(mb2);
      for (i2 = 1; i2 < mb2; ++i2) {
        le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
      }
      var co;
      if (r) {
        co = new u16(1 << mb2);
        var rvb = 15 - mb2;
        for (i2 = 0; i2 < s; ++i2) {
          if (cd[i2]) {
            var sv = i2 << 4 | cd[i2];
            var r_1 = mb2 - cd[i2];
            var v = le[cd[i2] - 1]++ << r_1;
            for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
              co[rev[v] >> rvb] = sv;
            }
          }
        }
      } else {
        co = new u16(s);
        for (i2 = 0; i2 < s; ++i2) {
          if (cd[i2]) {
            co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
          }
        }
      }
      return co;
    });
    flt = new u8(288);
    for (i = 0; i < 144; ++i)
      flt[i] = 8;
    for (i = 144; i < 256; ++i)
      flt[i] = 9;
    for (i = 256; i < 280; ++i)
      flt[i] = 7;
    for (i = 280; i < 288; ++i)
      flt[i] = 8;
    fdt = new u8(32);
    for (i = 0; i < 32; ++i)
      fdt[i] = 5;
    flm = /* @__PURE__ */ hMap(flt, 9, 0);
    flrm = /* @__PURE__ */ hMap(flt, 9, 1);
    fdm = /* @__PURE__ */ hMap(fdt, 5, 0);
    fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
    max = function(a) {
      var m = a[0];
      for (var i2 = 1; i2 < a.length; ++i2) {
        if (a[i2] > m)
          m = a[i2];
      }
      return m;
    };
    bits = function(d, p, m) {
      var o = p / 8 | 0;
      return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
    };
    bits16 = function(d, p) {
      var o = p / 8 | 0;
      return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
    };
    shft = function(p) {
      return (p + 7) / 8 | 0;
    };
    slc = function(v, s, e) {
      if (s == null || s < 0)
        s = 0;
      if (e == null || e > v.length)
        e = v.length;
      return new u8(v.subarray(s, e));
    };
    ec = [
      "unexpected EOF",
      "invalid block type",
      "invalid length/literal",
      "invalid distance",
      "stream finished",
      "no stream handler",
      ,
      // determined by compression function
      "no callback",
      "invalid UTF-8 data",
      "extra field too long",
      "date not in range 1980-2099",
      "filename too long",
      "stream finishing",
      "invalid zip data"
      // determined by unknown compression method
    ];
    err = function(ind, msg, nt) {
      var e = new Error(msg || ec[ind]);
      e.code = ind;
      if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
      if (!nt)
        throw e;
      return e;
    };
    inflt = function(dat, st, buf, dict) {
      var sl = dat.length, dl = dict ? dict.length : 0;
      if (!sl || st.f && !st.l)
        return buf || new u8(0);
      var noBuf = !buf;
      var resize = noBuf || st.i != 2;
      var noSt = st.i;
      if (noBuf)
        buf = new u8(sl * 3);
      var cbuf = function(l2) {
        var bl = buf.length;
        if (l2 > bl) {
          var nbuf = new u8(Math.max(bl * 2, l2));
          nbuf.set(buf);
          buf = nbuf;
        }
      };
      var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
      var tbts = sl * 8;
      do {
        if (!lm) {
          final = bits(dat, pos, 1);
          var type = bits(dat, pos + 1, 3);
          pos += 3;
          if (!type) {
            var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
            if (t > sl) {
              if (noSt)
                err(0);
              break;
            }
            if (resize)
              cbuf(bt + l);
            buf.set(dat.subarray(s, t), bt);
            st.b = bt += l, st.p = pos = t * 8, st.f = final;
            continue;
          } else if (type == 1)
            lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
          else if (type == 2) {
            var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
            var tl = hLit + bits(dat, pos + 5, 31) + 1;
            pos += 14;
            var ldt = new u8(tl);
            var clt = new u8(19);
            for (var i2 = 0; i2 < hcLen; ++i2) {
              clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
            }
            pos += hcLen * 3;
            var clb = max(clt), clbmsk = (1 << clb) - 1;
            var clm = hMap(clt, clb, 1);
            for (var i2 = 0; i2 < tl; ) {
              var r = clm[bits(dat, pos, clbmsk)];
              pos += r & 15;
              var s = r >> 4;
              if (s < 16) {
                ldt[i2++] = s;
              } else {
                var c = 0, n = 0;
                if (s == 16)
                  n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
                else if (s == 17)
                  n = 3 + bits(dat, pos, 7), pos += 3;
                else if (s == 18)
                  n = 11 + bits(dat, pos, 127), pos += 7;
                while (n--)
                  ldt[i2++] = c;
              }
            }
            var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
            lbt = max(lt);
            dbt = max(dt);
            lm = hMap(lt, lbt, 1);
            dm = hMap(dt, dbt, 1);
          } else
            err(1);
          if (pos > tbts) {
            if (noSt)
              err(0);
            break;
          }
        }
        if (resize)
          cbuf(bt + 131072);
        var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
        var lpos = pos;
        for (; ; lpos = pos) {
          var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
          pos += c & 15;
          if (pos > tbts) {
            if (noSt)
              err(0);
            break;
          }
          if (!c)
            err(2);
          if (sym < 256)
            buf[bt++] = sym;
          else if (sym == 256) {
            lpos = pos, lm = null;
            break;
          } else {
            var add = sym - 254;
            if (sym > 264) {
              var i2 = sym - 257, b = fleb[i2];
              add = bits(dat, pos, (1 << b) - 1) + fl[i2];
              pos += b;
            }
            var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
            if (!d)
              err(3);
            pos += d & 15;
            var dt = fd[dsym];
            if (dsym > 3) {
              var b = fdeb[dsym];
              dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
            }
            if (pos > tbts) {
              if (noSt)
                err(0);
              break;
            }
            if (resize)
              cbuf(bt + 131072);
            var end = bt + add;
            if (bt < dt) {
              var shift = dl - dt, dend = Math.min(dt, end);
              if (shift + bt < 0)
                err(3);
              for (; bt < dend; ++bt)
                buf[bt] = dict[shift + bt];
            }
            for (; bt < end; ++bt)
              buf[bt] = buf[bt - dt];
          }
        }
        st.l = lm, st.p = lpos, st.b = bt, st.f = final;
        if (lm)
          final = 1, st.m = lbt, st.d = dm, st.n = dbt;
      } while (!final);
      return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
    };
    wbits = function(d, p, v) {
      v <<= p & 7;
      var o = p / 8 | 0;
      d[o] |= v;
      d[o + 1] |= v >> 8;
    };
    wbits16 = function(d, p, v) {
      v <<= p & 7;
      var o = p / 8 | 0;
      d[o] |= v;
      d[o + 1] |= v >> 8;
      d[o + 2] |= v >> 16;
    };
    hTree = function(d, mb2) {
      var t = [];
      for (var i2 = 0; i2 < d.length; ++i2) {
        if (d[i2])
          t.push({ s: i2, f: d[i2] });
      }
      var s = t.length;
      var t2 = t.slice();
      if (!s)
        return { t: et, l: 0 };
      if (s == 1) {
        var v = new u8(t[0].s + 1);
        v[t[0].s] = 1;
        return { t: v, l: 1 };
      }
      t.sort(function(a, b) {
        return a.f - b.f;
      });
      t.push({ s: -1, f: 25001 });
      var l = t[0], r = t[1], i0 = 0, i1 = 1, i22 = 2;
      t[0] = { s: -1, f: l.f + r.f, l, r };
      while (i1 != s - 1) {
        l = t[t[i0].f < t[i22].f ? i0++ : i22++];
        r = t[i0 != i1 && t[i0].f < t[i22].f ? i0++ : i22++];
        t[i1++] = { s: -1, f: l.f + r.f, l, r };
      }
      var maxSym = t2[0].s;
      for (var i2 = 1; i2 < s; ++i2) {
        if (t2[i2].s > maxSym)
          maxSym = t2[i2].s;
      }
      var tr = new u16(maxSym + 1);
      var mbt = ln(t[i1 - 1], tr, 0);
      if (mbt > mb2) {
        var i2 = 0, dt = 0;
        var lft = mbt - mb2, cst = 1 << lft;
        t2.sort(function(a, b) {
          return tr[b.s] - tr[a.s] || a.f - b.f;
        });
        for (; i2 < s; ++i2) {
          var i2_1 = t2[i2].s;
          if (tr[i2_1] > mb2) {
            dt += cst - (1 << mbt - tr[i2_1]);
            tr[i2_1] = mb2;
          } else
            break;
        }
        dt >>= lft;
        while (dt > 0) {
          var i2_2 = t2[i2].s;
          if (tr[i2_2] < mb2)
            dt -= 1 << mb2 - tr[i2_2]++ - 1;
          else
            ++i2;
        }
        for (; i2 >= 0 && dt; --i2) {
          var i2_3 = t2[i2].s;
          if (tr[i2_3] == mb2) {
            --tr[i2_3];
            ++dt;
          }
        }
        mbt = mb2;
      }
      return { t: new u8(tr), l: mbt };
    };
    ln = function(n, l, d) {
      return n.s == -1 ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1)) : l[n.s] = d;
    };
    lc = function(c) {
      var s = c.length;
      while (s && !c[--s])
        ;
      var cl = new u16(++s);
      var cli = 0, cln = c[0], cls = 1;
      var w = function(v) {
        cl[cli++] = v;
      };
      for (var i2 = 1; i2 <= s; ++i2) {
        if (c[i2] == cln && i2 != s)
          ++cls;
        else {
          if (!cln && cls > 2) {
            for (; cls > 138; cls -= 138)
              w(32754);
            if (cls > 2) {
              w(cls > 10 ? cls - 11 << 5 | 28690 : cls - 3 << 5 | 12305);
              cls = 0;
            }
          } else if (cls > 3) {
            w(cln), --cls;
            for (; cls > 6; cls -= 6)
              w(8304);
            if (cls > 2)
              w(cls - 3 << 5 | 8208), cls = 0;
          }
          while (cls--)
            w(cln);
          cls = 1;
          cln = c[i2];
        }
      }
      return { c: cl.subarray(0, cli), n: s };
    };
    clen = function(cf, cl) {
      var l = 0;
      for (var i2 = 0; i2 < cl.length; ++i2)
        l += cf[i2] * cl[i2];
      return l;
    };
    wfblk = function(out2, pos, dat) {
      var s = dat.length;
      var o = shft(pos + 2);
      out2[o] = s & 255;
      out2[o + 1] = s >> 8;
      out2[o + 2] = out2[o] ^ 255;
      out2[o + 3] = out2[o + 1] ^ 255;
      for (var i2 = 0; i2 < s; ++i2)
        out2[o + i2 + 4] = dat[i2];
      return (o + 4 + s) * 8;
    };
    wblk = function(dat, out2, final, syms, lf, df, eb, li, bs, bl, p) {
      wbits(out2, p++, final);
      ++lf[256];
      var _a2 = hTree(lf, 15), dlt = _a2.t, mlb = _a2.l;
      var _b2 = hTree(df, 15), ddt = _b2.t, mdb = _b2.l;
      var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
      var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
      var lcfreq = new u16(19);
      for (var i2 = 0; i2 < lclt.length; ++i2)
        ++lcfreq[lclt[i2] & 31];
      for (var i2 = 0; i2 < lcdt.length; ++i2)
        ++lcfreq[lcdt[i2] & 31];
      var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
      var nlcc = 19;
      for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
        ;
      var flen = bl + 5 << 3;
      var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
      var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
      if (bs >= 0 && flen <= ftlen && flen <= dtlen)
        return wfblk(out2, p, dat.subarray(bs, bs + bl));
      var lm, ll, dm, dl;
      wbits(out2, p, 1 + (dtlen < ftlen)), p += 2;
      if (dtlen < ftlen) {
        lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
        var llm = hMap(lct, mlcb, 0);
        wbits(out2, p, nlc - 257);
        wbits(out2, p + 5, ndc - 1);
        wbits(out2, p + 10, nlcc - 4);
        p += 14;
        for (var i2 = 0; i2 < nlcc; ++i2)
          wbits(out2, p + 3 * i2, lct[clim[i2]]);
        p += 3 * nlcc;
        var lcts = [lclt, lcdt];
        for (var it = 0; it < 2; ++it) {
          var clct = lcts[it];
          for (var i2 = 0; i2 < clct.length; ++i2) {
            var len = clct[i2] & 31;
            wbits(out2, p, llm[len]), p += lct[len];
            if (len > 15)
              wbits(out2, p, clct[i2] >> 5 & 127), p += clct[i2] >> 12;
          }
        }
      } else {
        lm = flm, ll = flt, dm = fdm, dl = fdt;
      }
      for (var i2 = 0; i2 < li; ++i2) {
        var sym = syms[i2];
        if (sym > 255) {
          var len = sym >> 18 & 31;
          wbits16(out2, p, lm[len + 257]), p += ll[len + 257];
          if (len > 7)
            wbits(out2, p, sym >> 23 & 31), p += fleb[len];
          var dst = sym & 31;
          wbits16(out2, p, dm[dst]), p += dl[dst];
          if (dst > 3)
            wbits16(out2, p, sym >> 5 & 8191), p += fdeb[dst];
        } else {
          wbits16(out2, p, lm[sym]), p += ll[sym];
        }
      }
      wbits16(out2, p, lm[256]);
      return p + ll[256];
    };
    deo = /* @__PURE__ */ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
    et = /* @__PURE__ */ new u8(0);
    dflt = function(dat, lvl, plvl, pre, post, st) {
      var s = st.z || dat.length;
      var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7e3)) + post);
      var w = o.subarray(pre, o.length - post);
      var lst = st.l;
      var pos = (st.r || 0) & 7;
      if (lvl) {
        if (pos)
          w[0] = st.r >> 3;
        var opt = deo[lvl - 1];
        var n = opt >> 13, c = opt & 8191;
        var msk_1 = (1 << plvl) - 1;
        var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
        var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
        var hsh = function(i3) {
          return (dat[i3] ^ dat[i3 + 1] << bs1_1 ^ dat[i3 + 2] << bs2_1) & msk_1;
        };
        var syms = new i32(25e3);
        var lf = new u16(288), df = new u16(32);
        var lc_1 = 0, eb = 0, i2 = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
        for (; i2 + 2 < s; ++i2) {
          var hv = hsh(i2);
          var imod = i2 & 32767, pimod = head[hv];
          prev[imod] = pimod;
          head[hv] = imod;
          if (wi <= i2) {
            var rem = s - i2;
            if ((lc_1 > 7e3 || li > 24576) && (rem > 423 || !lst)) {
              pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i2 - bs, pos);
              li = lc_1 = eb = 0, bs = i2;
              for (var j = 0; j < 286; ++j)
                lf[j] = 0;
              for (var j = 0; j < 30; ++j)
                df[j] = 0;
            }
            var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
            if (rem > 2 && hv == hsh(i2 - dif)) {
              var maxn = Math.min(n, rem) - 1;
              var maxd = Math.min(32767, i2);
              var ml = Math.min(258, rem);
              while (dif <= maxd && --ch_1 && imod != pimod) {
                if (dat[i2 + l] == dat[i2 + l - dif]) {
                  var nl2 = 0;
                  for (; nl2 < ml && dat[i2 + nl2] == dat[i2 + nl2 - dif]; ++nl2)
                    ;
                  if (nl2 > l) {
                    l = nl2, d = dif;
                    if (nl2 > maxn)
                      break;
                    var mmd = Math.min(dif, nl2 - 2);
                    var md = 0;
                    for (var j = 0; j < mmd; ++j) {
                      var ti = i2 - dif + j & 32767;
                      var pti = prev[ti];
                      var cd = ti - pti & 32767;
                      if (cd > md)
                        md = cd, pimod = ti;
                    }
                  }
                }
                imod = pimod, pimod = prev[imod];
                dif += imod - pimod & 32767;
              }
            }
            if (d) {
              syms[li++] = 268435456 | revfl[l] << 18 | revfd[d];
              var lin = revfl[l] & 31, din = revfd[d] & 31;
              eb += fleb[lin] + fdeb[din];
              ++lf[257 + lin];
              ++df[din];
              wi = i2 + l;
              ++lc_1;
            } else {
              syms[li++] = dat[i2];
              ++lf[dat[i2]];
            }
          }
        }
        for (i2 = Math.max(i2, wi); i2 < s; ++i2) {
          syms[li++] = dat[i2];
          ++lf[dat[i2]];
        }
        pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i2 - bs, pos);
        if (!lst) {
          st.r = pos & 7 | w[pos / 8 | 0] << 3;
          pos -= 7;
          st.h = head, st.p = prev, st.i = i2, st.w = wi;
        }
      } else {
        for (var i2 = st.w || 0; i2 < s + lst; i2 += 65535) {
          var e = i2 + 65535;
          if (e >= s) {
            w[pos / 8 | 0] = lst;
            e = s;
          }
          pos = wfblk(w, pos + 1, dat.subarray(i2, e));
        }
        st.i = s;
      }
      return slc(o, 0, pre + shft(pos) + post);
    };
    crct = /* @__PURE__ */ (function() {
      var t = new Int32Array(256);
      for (var i2 = 0; i2 < 256; ++i2) {
        var c = i2, k = 9;
        while (--k)
          c = (c & 1 && -306674912) ^ c >>> 1;
        t[i2] = c;
      }
      return t;
    })();
    crc = function() {
      var c = -1;
      return {
        p: function(d) {
          var cr2 = c;
          for (var i2 = 0; i2 < d.length; ++i2)
            cr2 = crct[cr2 & 255 ^ d[i2]] ^ cr2 >>> 8;
          c = cr2;
        },
        d: function() {
          return ~c;
        }
      };
    };
    dopt = function(dat, opt, pre, post, st) {
      if (!st) {
        st = { l: 1 };
        if (opt.dictionary) {
          var dict = opt.dictionary.subarray(-32768);
          var newDat = new u8(dict.length + dat.length);
          newDat.set(dict);
          newDat.set(dat, dict.length);
          dat = newDat;
          st.w = dict.length;
        }
      }
      return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt.mem, pre, post, st);
    };
    mrg = function(a, b) {
      var o = {};
      for (var k in a)
        o[k] = a[k];
      for (var k in b)
        o[k] = b[k];
      return o;
    };
    b2 = function(d, b) {
      return d[b] | d[b + 1] << 8;
    };
    b4 = function(d, b) {
      return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
    };
    b8 = function(d, b) {
      return b4(d, b) + b4(d, b + 4) * 4294967296;
    };
    wbytes = function(d, b, v) {
      for (; v; ++b)
        d[b] = v, v >>>= 8;
    };
    Inflate = /* @__PURE__ */ (function() {
      function Inflate2(opts, cb) {
        if (typeof opts == "function")
          cb = opts, opts = {};
        this.ondata = cb;
        var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
        this.s = { i: 0, b: dict ? dict.length : 0 };
        this.o = new u8(32768);
        this.p = new u8(0);
        if (dict)
          this.o.set(dict);
      }
      Inflate2.prototype.e = function(c) {
        if (!this.ondata)
          err(5);
        if (this.d)
          err(4);
        if (!this.p.length)
          this.p = c;
        else if (c.length) {
          var n = new u8(this.p.length + c.length);
          n.set(this.p), n.set(c, this.p.length), this.p = n;
        }
      };
      Inflate2.prototype.c = function(final) {
        this.s.i = +(this.d = final || false);
        var bts = this.s.b;
        var dt = inflt(this.p, this.s, this.o);
        this.ondata(slc(dt, bts, this.s.b), this.d);
        this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
        this.p = slc(this.p, this.s.p / 8 | 0), this.s.p &= 7;
      };
      Inflate2.prototype.push = function(chunk, final) {
        this.e(chunk), this.c(final);
      };
      return Inflate2;
    })();
    fltn = function(d, p, t, o) {
      for (var k in d) {
        var val = d[k], n = p + k, op = o;
        if (Array.isArray(val))
          op = mrg(o, val[1]), val = val[0];
        if (ArrayBuffer.isView(val))
          t[n] = [val, op];
        else {
          t[n += "/"] = [new u8(0), op];
          fltn(val, n, t, o);
        }
      }
    };
    te = typeof TextEncoder != "undefined" && /* @__PURE__ */ new TextEncoder();
    td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
    tds = 0;
    try {
      td.decode(et, { stream: true });
      tds = 1;
    } catch (e) {
    }
    dutf8 = function(d) {
      for (var r = "", i2 = 0; ; ) {
        var c = d[i2++];
        var eb = (c > 127) + (c > 223) + (c > 239);
        if (i2 + eb > d.length)
          return { s: r, r: slc(d, i2 - 1) };
        if (!eb)
          r += String.fromCharCode(c);
        else if (eb == 3) {
          c = ((c & 15) << 18 | (d[i2++] & 63) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
        } else if (eb & 1)
          r += String.fromCharCode((c & 31) << 6 | d[i2++] & 63);
        else
          r += String.fromCharCode((c & 15) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63);
      }
    };
    slzh = function(d, b) {
      return b + 30 + b2(d, b + 26) + b2(d, b + 28);
    };
    zh = function(d, b, z) {
      var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
      var _a2 = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a2[0], su = _a2[1], off = _a2[2];
      return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
    };
    z64hs = function(d, b, l, z, sc, su, off) {
      var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
      var nf = nsc + nsu + noff;
      if (z && nf) {
        for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
          if (b2(d, b) == 1) {
            return [
              nsc ? b8(d, b + 4 + 8 * nsu) : sc,
              nsu ? b8(d, b + 4) : su,
              noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
              1
            ];
          }
        }
        if (z < 2)
          err(13);
      }
      return [sc, su, off, 0];
    };
    exfl = function(ex) {
      var le = 0;
      if (ex) {
        for (var k in ex) {
          var l = ex[k].length;
          if (l > 65535)
            err(9);
          le += l + 4;
        }
      }
      return le;
    };
    wzh = function(d, b, f, fn, u2, c, ce, co) {
      var fl2 = fn.length, ex = f.extra, col = co && co.length;
      var exl = exfl(ex);
      wbytes(d, b, ce != null ? 33639248 : 67324752), b += 4;
      if (ce != null)
        d[b++] = 20, d[b++] = f.os;
      d[b] = 20, b += 2;
      d[b++] = f.flag << 1 | (c < 0 && 8), d[b++] = u2 && 8;
      d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
      var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
      if (y < 0 || y > 119)
        err(10);
      wbytes(d, b, y << 25 | dt.getMonth() + 1 << 21 | dt.getDate() << 16 | dt.getHours() << 11 | dt.getMinutes() << 5 | dt.getSeconds() >> 1), b += 4;
      if (c != -1) {
        wbytes(d, b, f.crc);
        wbytes(d, b + 4, c < 0 ? -c - 2 : c);
        wbytes(d, b + 8, f.size);
      }
      wbytes(d, b + 12, fl2);
      wbytes(d, b + 14, exl), b += 16;
      if (ce != null) {
        wbytes(d, b, col);
        wbytes(d, b + 6, f.attrs);
        wbytes(d, b + 10, ce), b += 14;
      }
      d.set(fn, b);
      b += fl2;
      if (exl) {
        for (var k in ex) {
          var exf = ex[k], l = exf.length;
          wbytes(d, b, +k);
          wbytes(d, b + 2, l);
          d.set(exf, b + 4), b += 4 + l;
        }
      }
      if (col)
        d.set(co, b), b += col;
      return b;
    };
    wzf = function(o, b, c, d, e) {
      wbytes(o, b, 101010256);
      wbytes(o, b + 8, c);
      wbytes(o, b + 10, c);
      wbytes(o, b + 12, d);
      wbytes(o, b + 16, e);
    };
    Zip = /* @__PURE__ */ (function() {
      function Zip2(cb) {
        this.ondata = cb;
        this.u = [];
        this.d = 1;
      }
      Zip2.prototype.add = function(file) {
        var _this = this;
        if (!this.ondata)
          err(5);
        if (this.d & 2)
          this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, false);
        else {
          var f = strToU8(file.filename), fl_1 = f.length;
          var com = file.comment, o = com && strToU8(com);
          var u2 = fl_1 != file.filename.length || o && com.length != o.length;
          var hl_1 = fl_1 + exfl(file.extra) + 30;
          if (fl_1 > 65535)
            this.ondata(err(11, 0, 1), null, false);
          var header = new u8(hl_1);
          wzh(header, 0, file, f, u2, -1);
          var chks_1 = [header];
          var pAll_1 = function() {
            for (var _i = 0, chks_2 = chks_1; _i < chks_2.length; _i++) {
              var chk = chks_2[_i];
              _this.ondata(null, chk, false);
            }
            chks_1 = [];
          };
          var tr_1 = this.d;
          this.d = 0;
          var ind_1 = this.u.length;
          var uf_1 = mrg(file, {
            f,
            u: u2,
            o,
            t: function() {
              if (file.terminate)
                file.terminate();
            },
            r: function() {
              pAll_1();
              if (tr_1) {
                var nxt = _this.u[ind_1 + 1];
                if (nxt)
                  nxt.r();
                else
                  _this.d = 1;
              }
              tr_1 = 1;
            }
          });
          var cl_1 = 0;
          file.ondata = function(err2, dat, final) {
            if (err2) {
              _this.ondata(err2, dat, final);
              _this.terminate();
            } else {
              cl_1 += dat.length;
              chks_1.push(dat);
              if (final) {
                var dd = new u8(16);
                wbytes(dd, 0, 134695760);
                wbytes(dd, 4, file.crc);
                wbytes(dd, 8, cl_1);
                wbytes(dd, 12, file.size);
                chks_1.push(dd);
                uf_1.c = cl_1, uf_1.b = hl_1 + cl_1 + 16, uf_1.crc = file.crc, uf_1.size = file.size;
                if (tr_1)
                  uf_1.r();
                tr_1 = 1;
              } else if (tr_1)
                pAll_1();
            }
          };
          this.u.push(uf_1);
        }
      };
      Zip2.prototype.end = function() {
        var _this = this;
        if (this.d & 2) {
          this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, true);
          return;
        }
        if (this.d)
          this.e();
        else
          this.u.push({
            r: function() {
              if (!(_this.d & 1))
                return;
              _this.u.splice(-1, 1);
              _this.e();
            },
            t: function() {
            }
          });
        this.d = 3;
      };
      Zip2.prototype.e = function() {
        var bt = 0, l = 0, tl = 0;
        for (var _i = 0, _a2 = this.u; _i < _a2.length; _i++) {
          var f = _a2[_i];
          tl += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0);
        }
        var out2 = new u8(tl + 22);
        for (var _b2 = 0, _c = this.u; _b2 < _c.length; _b2++) {
          var f = _c[_b2];
          wzh(out2, bt, f, f.f, f.u, -f.c - 2, l, f.o);
          bt += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0), l += f.b;
        }
        wzf(out2, bt, this.u.length, tl, l);
        this.ondata(null, out2, true);
        this.d = 2;
      };
      Zip2.prototype.terminate = function() {
        for (var _i = 0, _a2 = this.u; _i < _a2.length; _i++) {
          var f = _a2[_i];
          f.t();
        }
        this.d = 2;
      };
      return Zip2;
    })();
  }
});

// shared/file/text-bytes.ts
function decodeUtf16(bytes, littleEndian) {
  let out2 = "";
  for (let i2 = 2; i2 + 1 < bytes.length; i2 += 2) {
    out2 += String.fromCharCode(
      littleEndian ? bytes[i2] | bytes[i2 + 1] << 8 : bytes[i2] << 8 | bytes[i2 + 1]
    );
  }
  return out2;
}
var decodeUtf8;
var init_text_bytes = __esm({
  "shared/file/text-bytes.ts"() {
    "use strict";
    init_esm();
    decodeUtf8 = (bytes) => strFromU8(
      bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? bytes.subarray(3) : bytes
    );
  }
});

// shared/file/xml-scanner.ts
function decodeEntities(s) {
  if (s.indexOf("&") < 0) return s;
  return s.replace(
    ENTITY_RX,
    (m, hex, dec, named) => {
      if (named) return NAMED[named];
      const code = hex ? parseInt(hex, 16) : Number(dec);
      return code <= 1114111 ? String.fromCodePoint(code) : m;
    }
  );
}
function nameAt(xml, start, end) {
  const c = xml.charCodeAt(start);
  switch (end - start) {
    case 1:
      if (c === 99) return "c";
      if (c === 118) return "v";
      if (c === 102) return "f";
      if (c === 116) return "t";
      break;
    case 2:
      if (c === 105 && xml.charCodeAt(start + 1) === 115) return "is";
      if (c === 115 && xml.charCodeAt(start + 1) === 105) return "si";
      break;
    case 3:
      if (c === 114 && xml.startsWith("row", start)) return "row";
      break;
  }
  return xml.slice(start, end);
}
function decodeXml(bytes) {
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) return decodeUtf16(bytes, true);
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) return decodeUtf16(bytes, false);
  return decodeUtf8(bytes);
}
var ENTITY_RX, NAMED, Tag, XmlScanner, isSpace, skipPast;
var init_xml_scanner = __esm({
  "shared/file/xml-scanner.ts"() {
    "use strict";
    init_text_bytes();
    ENTITY_RX = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
    NAMED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    Tag = { Eof: 0, Open: 1, Close: 2 };
    XmlScanner = class {
      constructor(xml) {
        this.xml = xml;
      }
      xml;
      pos = 0;
      kind = Tag.Eof;
      /** Local name (prefix stripped) of the current tag. */
      name = "";
      selfClosing = false;
      attrStart = 0;
      attrEnd = 0;
      /** Advances to the next start or end tag, skipping text, comments, CDATA, PIs and DOCTYPE. */
      next() {
        const xml = this.xml;
        const len = xml.length;
        for (; ; ) {
          const lt = xml.indexOf("<", this.pos);
          if (lt < 0) {
            this.pos = len;
            return this.kind = Tag.Eof;
          }
          const c = xml.charCodeAt(lt + 1);
          if (c === 63) {
            this.pos = skipPast(xml, "?>", lt + 2);
            continue;
          }
          if (c === 33) {
            if (xml.startsWith("<!--", lt)) this.pos = skipPast(xml, "-->", lt + 4);
            else if (xml.startsWith("<![CDATA[", lt)) this.pos = skipPast(xml, "]]>", lt + 9);
            else {
              const bracket = xml.indexOf("[", lt);
              const gt = xml.indexOf(">", lt);
              this.pos = bracket >= 0 && bracket < gt ? skipPast(xml, "]>", bracket) : gt < 0 ? len : gt + 1;
            }
            continue;
          }
          if (c === 47) {
            const gt = xml.indexOf(">", lt + 2);
            let end = gt < 0 ? len : gt;
            let start = lt + 2;
            while (start < end && isSpace(xml.charCodeAt(start))) start++;
            while (end > start && isSpace(xml.charCodeAt(end - 1))) end--;
            const colon2 = xml.indexOf(":", start);
            this.name = nameAt(xml, colon2 >= 0 && colon2 < end ? colon2 + 1 : start, end);
            this.pos = (gt < 0 ? len : gt) + 1;
            this.selfClosing = false;
            return this.kind = Tag.Close;
          }
          let i2 = lt + 1;
          let colon = -1;
          for (; i2 < len; i2++) {
            const ch = xml.charCodeAt(i2);
            if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13) break;
            if (ch === 58 && colon < 0) colon = i2;
          }
          this.name = nameAt(xml, colon < 0 ? lt + 1 : colon + 1, i2);
          let quote2 = 0;
          let j = i2;
          for (; j < len; j++) {
            const ch = xml.charCodeAt(j);
            if (quote2) {
              if (ch === quote2) quote2 = 0;
            } else if (ch === 34 || ch === 39) quote2 = ch;
            else if (ch === 62) break;
          }
          this.selfClosing = xml.charCodeAt(j - 1) === 47;
          this.attrStart = i2;
          this.attrEnd = this.selfClosing ? j - 1 : j;
          this.pos = j + 1;
          return this.kind = Tag.Open;
        }
      }
      /**
       * The current start tag's attribute value (entity-decoded), or undefined. With `anyPrefix`, `id` also matches
       * `r:id` or any other prefixed `id` (writers choose their own prefix for the relationships namespace).
       */
      attr(name, anyPrefix = false) {
        let found;
        this.eachAttr((nameStart, nameEnd, valueStart, valueEnd) => {
          const n = nameEnd - nameStart;
          if (n < name.length || !this.xml.startsWith(name, nameEnd - name.length)) return false;
          if (n !== name.length && !(anyPrefix && this.xml.charCodeAt(nameEnd - name.length - 1) === 58 && !this.xml.startsWith("xmlns:", nameStart)))
            return false;
          found = decodeEntities(this.xml.slice(valueStart, valueEnd));
          return true;
        });
        return found;
      }
      /** Hot path for `<c>`: reads r, t and s in one pass, without a per-attribute callback. */
      cellAttrs(out2) {
        out2.r = out2.t = out2.s = void 0;
        const xml = this.xml;
        let p = this.attrStart;
        const end = this.attrEnd;
        while (p < end) {
          while (p < end && isSpace(xml.charCodeAt(p))) p++;
          const nameStart = p;
          while (p < end && xml.charCodeAt(p) !== 61 && !isSpace(xml.charCodeAt(p))) p++;
          const oneChar = p - nameStart === 1;
          while (p < end && xml.charCodeAt(p) !== 34 && xml.charCodeAt(p) !== 39) p++;
          if (p >= end) return;
          const valueEnd = xml.indexOf(xml[p], p + 1);
          if (valueEnd < 0 || valueEnd > end) return;
          if (oneChar) {
            const c = xml.charCodeAt(nameStart);
            if (c === 114) out2.r = xml.slice(p + 1, valueEnd);
            else if (c === 116) out2.t = xml.slice(p + 1, valueEnd);
            else if (c === 115) out2.s = xml.slice(p + 1, valueEnd);
          }
          p = valueEnd + 1;
        }
      }
      /** Calls `visit` with the bounds of each attribute name and (raw) value until it returns true. */
      eachAttr(visit) {
        const xml = this.xml;
        let p = this.attrStart;
        const end = this.attrEnd;
        while (p < end) {
          while (p < end && isSpace(xml.charCodeAt(p))) p++;
          const nameStart = p;
          while (p < end && xml.charCodeAt(p) !== 61 && !isSpace(xml.charCodeAt(p))) p++;
          const nameEnd = p;
          while (p < end && xml.charCodeAt(p) !== 34 && xml.charCodeAt(p) !== 39) p++;
          if (p >= end) return;
          const valueEnd = xml.indexOf(xml[p], p + 1);
          if (valueEnd < 0 || valueEnd > end) return;
          if (visit(nameStart, nameEnd, p + 1, valueEnd)) return;
          p = valueEnd + 1;
        }
      }
      /** Character data from here to the next tag (CDATA included, comments skipped), entity-decoded. */
      text() {
        return this.selfClosing ? "" : this.textHere();
      }
      /** Character data from the scan position to the next tag, also after a self-closing tag (mixed content). */
      textHere() {
        const xml = this.xml;
        let out2 = "";
        for (; ; ) {
          const lt = xml.indexOf("<", this.pos);
          const end = lt < 0 ? xml.length : lt;
          if (end > this.pos) out2 += decodeEntities(xml.slice(this.pos, end));
          this.pos = end;
          if (lt < 0) break;
          if (xml.startsWith("<![CDATA[", lt)) {
            const close = xml.indexOf("]]>", lt + 9);
            const stop = close < 0 ? xml.length : close;
            out2 += xml.slice(lt + 9, stop);
            this.pos = close < 0 ? stop : close + 3;
          } else if (xml.startsWith("<!--", lt)) this.pos = skipPast(xml, "-->", lt + 4);
          else break;
        }
        return out2.indexOf("\r") < 0 ? out2 : out2.replace(/\r\n?/g, "\n");
      }
      /** Skips to the end of the element whose start tag is current (no-op for a self-closing tag). */
      skipElement() {
        if (this.selfClosing) return;
        let depth = 1;
        while (depth > 0) {
          const k = this.next();
          if (k === Tag.Eof) return;
          if (k === Tag.Open) {
            if (!this.selfClosing) depth++;
          } else depth--;
        }
      }
    };
    isSpace = (c) => c === 32 || c === 9 || c === 10 || c === 13;
    skipPast = (xml, token, from) => {
      const i2 = xml.indexOf(token, from);
      return i2 < 0 ? xml.length : i2 + token.length;
    };
  }
});

// shared/file/zip-guard.ts
function readEndOfCentralDirectory(b) {
  const min = Math.max(0, b.length - 22 - 65535);
  for (let p = b.length - 22; p >= min; p--) {
    if (u32(b, p) !== SIG_EOCD || p + 22 + u162(b, p + 20) > b.length) continue;
    if (u162(b, p + 4) !== 0 || u162(b, p + 6) !== 0)
      throw corrupt("t\u1EC7p n\xE9n nhi\u1EC1u ph\u1EA7n (multi-disk) kh\xF4ng \u0111\u01B0\u1EE3c h\u1ED7 tr\u1EE3");
    let count = u162(b, p + 10);
    let cdSize = u32(b, p + 12);
    let cdOffset = u32(b, p + 16);
    if ((count === 65535 || cdSize === 4294967295 || cdOffset === 4294967295) && p >= 20 && u32(b, p - 20) === SIG_ZIP64_LOCATOR) {
      const z = u64(b, p - 12);
      if (z + 56 > b.length || u32(b, z) !== SIG_ZIP64_EOCD) throw corrupt("b\u1EA3n ghi Zip64 kh\xF4ng h\u1EE3p l\u1EC7");
      count = u64(b, z + 32);
      cdSize = u64(b, z + 40);
      cdOffset = u64(b, z + 48);
    }
    if (cdOffset + cdSize > p) throw corrupt("th\u01B0 m\u1EE5c trung t\xE2m n\u1EB1m ngo\xE0i t\u1EC7p");
    return { count, cdOffset, cdSize };
  }
  throw corrupt("kh\xF4ng t\xECm th\u1EA5y th\u01B0 m\u1EE5c trung t\xE2m (t\u1EC7p b\u1ECB c\u1EAFt c\u1EE5t?)");
}
function readCentralDirectory(b, limits) {
  const { count, cdOffset, cdSize } = readEndOfCentralDirectory(b);
  const tooMany = (n) => new UnsafeFileError(
    "too-many-entries",
    `T\u1EC7p .xlsx c\xF3 qu\xE1 nhi\u1EC1u th\xE0nh ph\u1EA7n (${n.toLocaleString("vi-VN")}, gi\u1EDBi h\u1EA1n ${limits.maxEntries.toLocaleString("vi-VN")}).`
  );
  if (count > limits.maxEntries) throw tooMany(count);
  const entries = [];
  const end = cdOffset + cdSize;
  let p = cdOffset;
  while (p + 46 <= end && u32(b, p) === SIG_CENTRAL) {
    if (entries.length >= limits.maxEntries) throw tooMany(entries.length + 1);
    const flags = u162(b, p + 8);
    const nameLen = u162(b, p + 28);
    const extraLen = u162(b, p + 30);
    const next = p + 46 + nameLen + extraLen + u162(b, p + 32);
    if (next > end) throw corrupt("b\u1EA3n ghi th\u01B0 m\u1EE5c trung t\xE2m b\u1ECB c\u1EAFt c\u1EE5t");
    const entry = {
      name: decodeUtf8(b.subarray(p + 46, p + 46 + nameLen)),
      method: u162(b, p + 10),
      flags,
      compressedSize: u32(b, p + 20),
      uncompressedSize: u32(b, p + 24),
      localHeaderOffset: u32(b, p + 42),
      crc32: u32(b, p + 16)
    };
    for (let x2 = p + 46 + nameLen; x2 + 4 <= p + 46 + nameLen + extraLen; x2 += 4 + u162(b, x2 + 2)) {
      if (u162(b, x2) !== 1) continue;
      let q = x2 + 4;
      if (entry.uncompressedSize === 4294967295) {
        entry.uncompressedSize = u64(b, q);
        q += 8;
      }
      if (entry.compressedSize === 4294967295) {
        entry.compressedSize = u64(b, q);
        q += 8;
      }
      if (entry.localHeaderOffset === 4294967295) entry.localHeaderOffset = u64(b, q);
    }
    entries.push(entry);
    p = next;
  }
  if (entries.length === 0 && count > 0) throw corrupt("th\u01B0 m\u1EE5c trung t\xE2m kh\xF4ng h\u1EE3p l\u1EC7");
  return entries;
}
function crc32Update(crc2, data) {
  let t = crcTables;
  if (!t) {
    t = crcTables = new Uint32Array(1024);
    for (let n2 = 0; n2 < 256; n2++) {
      let c2 = n2;
      for (let k = 0; k < 8; k++) c2 = c2 & 1 ? 3988292384 ^ c2 >>> 1 : c2 >>> 1;
      t[n2] = c2 >>> 0;
    }
    for (let n2 = 0; n2 < 256; n2++)
      for (let k = 1; k < 4; k++)
        t[k * 256 + n2] = t[(k - 1) * 256 + n2] >>> 8 ^ t[t[(k - 1) * 256 + n2] & 255];
  }
  let c = ~crc2;
  let i2 = 0;
  const n = data.length;
  for (; i2 + 4 <= n; i2 += 4) {
    c ^= data[i2] | data[i2 + 1] << 8 | data[i2 + 2] << 16 | data[i2 + 3] << 24;
    c = t[768 + (c & 255)] ^ t[512 + (c >>> 8 & 255)] ^ t[256 + (c >>> 16 & 255)] ^ t[c >>> 24];
  }
  for (; i2 < n; i2++) c = t[(c ^ data[i2]) & 255] ^ c >>> 8;
  return ~c >>> 0;
}
function checkCrc(e, actual) {
  if (actual !== e.crc32) throw corrupt(`d\u1EEF li\u1EC7u c\u1EE7a "${e.name}" b\u1ECB h\u1ECFng (sai m\xE3 ki\u1EC3m tra CRC-32)`);
}
function oleError(b) {
  const pat = UTF16_ENCRYPTED_PACKAGE;
  outer: for (let i2 = b.indexOf(pat[0]); i2 >= 0 && i2 + pat.length <= b.length; i2 = b.indexOf(pat[0], i2 + 1)) {
    for (let k = 1; k < pat.length; k++) if (b[i2 + k] !== pat[k]) continue outer;
    return encrypted();
  }
  return new UnsafeFileError("legacy-xls", FILE_READER_MESSAGES.legacyXls);
}
function openGuardedZip(bytes, limits, codec) {
  const lim = { ...DEFAULT_XLSX_LIMITS, ...limits };
  if (bytes.length > lim.maxFileBytes)
    throw new UnsafeFileError(
      "too-large",
      `T\u1EC7p qu\xE1 l\u1EDBn (${mb(bytes.length)} MB, gi\u1EDBi h\u1EA1n ${mb(lim.maxFileBytes)} MB).`
    );
  if (bytes.length >= 8 && OLE2_MAGIC.every((v, i2) => bytes[i2] === v)) throw oleError(bytes);
  if (bytes.length < 22 || u32(bytes, 0) !== SIG_LOCAL) throw notXlsx("kh\xF4ng ph\u1EA3i t\u1EC7p n\xE9n ZIP");
  const entries = readCentralDirectory(bytes, lim);
  let declaredTotal = 0;
  for (const e of entries) {
    declaredTotal += e.uncompressedSize;
    if (e.uncompressedSize > lim.ratioMinBytes && (e.compressedSize === 0 || e.uncompressedSize / e.compressedSize > lim.maxRatio))
      throw zipBomb(
        `th\xE0nh ph\u1EA7n "${e.name}" c\xF3 t\u1EC9 l\u1EC7 n\xE9n ${e.compressedSize ? Math.round(e.uncompressedSize / e.compressedSize) : "\u221E"}:1 (gi\u1EDBi h\u1EA1n ${lim.maxRatio}:1)`
      );
  }
  if (declaredTotal > lim.maxUncompressedBytes)
    throw zipBomb(
      `t\u1ED5ng dung l\u01B0\u1EE3ng gi\u1EA3i n\xE9n ${mb(declaredTotal)} MB (gi\u1EDBi h\u1EA1n ${mb(lim.maxUncompressedBytes)} MB)`
    );
  const zip = new GuardedZip(bytes, entries, lim, codec);
  if (entries.some((e) => e.flags & 1)) throw encrypted();
  return zip;
}
function xmlAttr(tag, name) {
  const m = new RegExp(`[\\s:]${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (!m) return void 0;
  return (m[2] ?? m[3]).replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
function startTags(xml, localName) {
  return xml.match(new RegExp(`<(?:[\\w.-]+:)?${localName}\\b[^>]*>`, "g")) ?? [];
}
function resolvePartPath(baseDir, target) {
  const parts = target.startsWith("/") ? [] : baseDir.split("/").filter(Boolean);
  for (const seg of target.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return parts.join("/");
}
function findWorkbookPart(zip) {
  const rels = zip.read("_rels/.rels");
  if (rels) {
    for (const tag of startTags(decodeUtf8(rels), "Relationship")) {
      const type = xmlAttr(tag, "Type") ?? "";
      const target = xmlAttr(tag, "Target");
      if (!target || xmlAttr(tag, "TargetMode") === "External" || !/\/officeDocument$/.test(type)) continue;
      const path = resolvePartPath("", target);
      if (zip.has(path)) return path;
      try {
        if (zip.has(decodeURIComponent(path))) return decodeURIComponent(path);
      } catch {
      }
    }
  }
  return "xl/workbook.xml";
}
function hasMacroPart(zip, contentTypes) {
  const keys = zip.entries.map((e) => partKey(e.name));
  if (keys.some((k) => k === "vbaproject.bin" || k.endsWith("/vbaproject.bin"))) return true;
  const overridden = /* @__PURE__ */ new Set();
  for (const tag of startTags(contentTypes, "Override")) {
    const part = partKey(xmlAttr(tag, "PartName") ?? "");
    overridden.add(part);
    if (MACRO_TYPE_RX.test(xmlAttr(tag, "ContentType") ?? "") && zip.has(part)) return true;
  }
  for (const tag of startTags(contentTypes, "Default")) {
    const ext = `.${(xmlAttr(tag, "Extension") ?? "").toLowerCase()}`;
    if (MACRO_TYPE_RX.test(xmlAttr(tag, "ContentType") ?? "") && keys.some((k) => k.endsWith(ext) && !overridden.has(k)))
      return true;
  }
  return false;
}
function openGuardedXlsx(bytes, limits, codec) {
  return checkXlsxPackage(openGuardedZip(bytes, limits, codec));
}
function checkXlsxPackage(zip) {
  if (zip.entries.some((e) => /(^|\/)vbaproject\.bin$/.test(partKey(e.name)))) throw macro();
  const contentTypes = zip.read("[Content_Types].xml");
  if (!contentTypes) throw notXlsx("thi\u1EBFu ph\u1EA7n [Content_Types].xml");
  if (hasMacroPart(zip, decodeUtf8(contentTypes))) throw macro();
  const workbookPart = findWorkbookPart(zip);
  if (!zip.has(workbookPart)) throw notXlsx(`thi\u1EBFu ph\u1EA7n ${workbookPart}`);
  zip.workbookPart = workbookPart;
  return zip;
}
function checkOdsPackage(zip) {
  const mime = zip.read("mimetype");
  const mimeText = mime ? decodeUtf8(mime).trim() : "";
  if (mimeText && !ODS_MIME_TYPES.includes(mimeText))
    throw new UnsafeFileError(
      "not-xlsx",
      FILE_READER_MESSAGES.notOds(FILE_READER_MESSAGES.otherOpenDocument(mimeText))
    );
  if (!zip.has("content.xml"))
    throw new UnsafeFileError("not-xlsx", FILE_READER_MESSAGES.notOds("thi\u1EBFu ph\u1EA7n content.xml"));
  if (zip.entries.some((e) => /^(basic|scripts)\/./.test(partKey(e.name)))) throw macro("ods");
  const manifest = zip.read("META-INF/manifest.xml");
  if (manifest && /encryption-data/.test(decodeUtf8(manifest))) throw encrypted();
  return zip;
}
function zipFormat(zip) {
  if (zip.has("[Content_Types].xml")) return "xlsx";
  if (zip.has("content.xml") && (zip.has("mimetype") || zip.has("META-INF/manifest.xml"))) return "ods";
  return "unknown";
}
var MB, DEFAULT_XLSX_LIMITS, UnsafeFileError, mb, corrupt, notXlsx, zipBomb, overDeclared, macro, u162, u32, u64, SIG_LOCAL, SIG_CENTRAL, SIG_EOCD, SIG_ZIP64_LOCATOR, SIG_ZIP64_EOCD, OLE2_MAGIC, ONE_SHOT_MAX_COMPRESSED, partKey, GuardedZip, crcTables, encrypted, UTF16_ENCRYPTED_PACKAGE, MACRO_TYPE_RX, ODS_MIME_TYPES;
var init_zip_guard = __esm({
  "shared/file/zip-guard.ts"() {
    "use strict";
    init_esm();
    init_vi();
    init_text_bytes();
    MB = 1024 * 1024;
    DEFAULT_XLSX_LIMITS = Object.freeze({
      maxFileBytes: 20 * MB,
      maxEntries: 2e3,
      maxUncompressedBytes: 200 * MB,
      maxRatio: 200,
      ratioMinBytes: 1 * MB
    });
    UnsafeFileError = class extends Error {
      constructor(reason, message) {
        super(message);
        this.reason = reason;
      }
      reason;
      name = "UnsafeFileError";
    };
    mb = (n) => (n / MB).toLocaleString("vi-VN", { maximumFractionDigits: 1 });
    corrupt = (detail) => new UnsafeFileError("corrupt", `T\u1EC7p b\u1ECB h\u1ECFng ho\u1EB7c kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c: ${detail}.`);
    notXlsx = (detail) => new UnsafeFileError("not-xlsx", `T\u1EC7p kh\xF4ng ph\u1EA3i l\xE0 t\u1EC7p Excel .xlsx h\u1EE3p l\u1EC7: ${detail}.`);
    zipBomb = (detail) => new UnsafeFileError("zip-bomb", `T\u1EC7p n\xE9n b\u1EA5t th\u01B0\u1EDDng (c\xF3 th\u1EC3 l\xE0 "zip bomb"): ${detail}.`);
    overDeclared = (e) => zipBomb(
      `th\xE0nh ph\u1EA7n "${e.name}" gi\u1EA3i n\xE9n ra nhi\u1EC1u h\u01A1n k\xEDch th\u01B0\u1EDBc khai b\xE1o (${e.uncompressedSize.toLocaleString("vi-VN")} byte)`
    );
    macro = (format = "xlsx") => new UnsafeFileError(
      "macro",
      format === "ods" ? FILE_READER_MESSAGES.odsMacro : "T\u1EC7p ch\u1EE9a macro (.xlsm) \u2014 kh\xF4ng nh\u1EADn."
    );
    u162 = (b, p) => b[p] | b[p + 1] << 8;
    u32 = (b, p) => (b[p] | b[p + 1] << 8 | b[p + 2] << 16) + b[p + 3] * 16777216;
    u64 = (b, p) => u32(b, p) + u32(b, p + 4) * 4294967296;
    SIG_LOCAL = 67324752;
    SIG_CENTRAL = 33639248;
    SIG_EOCD = 101010256;
    SIG_ZIP64_LOCATOR = 117853008;
    SIG_ZIP64_EOCD = 101075792;
    OLE2_MAGIC = [208, 207, 17, 224, 161, 177, 26, 225];
    ONE_SHOT_MAX_COMPRESSED = 16 * 1024;
    partKey = (name) => name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
    GuardedZip = class {
      constructor(bytes, entries, limits, codec) {
        this.bytes = bytes;
        this.entries = entries;
        this.limits = limits;
        this.codec = codec;
        for (const e of entries) {
          const key = partKey(e.name);
          if (this.byKey.has(key)) throw corrupt(`th\xE0nh ph\u1EA7n "${e.name}" b\u1ECB l\u1EB7p`);
          this.byKey.set(key, e);
        }
      }
      bytes;
      entries;
      limits;
      codec;
      byKey = /* @__PURE__ */ new Map();
      inflatedTotal = 0;
      /** For an .xlsx: the workbook part named by the package relationships (set by openGuardedXlsx). */
      workbookPart = "xl/workbook.xml";
      has(name) {
        return this.byKey.has(partKey(name));
      }
      /** The part's bytes, or undefined when the zip has no such part. */
      read(name) {
        const e = this.byKey.get(partKey(name));
        return e && this.inflate(e);
      }
      inflate(e) {
        const b = this.bytes;
        const h = e.localHeaderOffset;
        if (h + 30 > b.length || u32(b, h) !== SIG_LOCAL) throw corrupt(`kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c th\xE0nh ph\u1EA7n "${e.name}"`);
        const start = h + 30 + u162(b, h + 26) + u162(b, h + 28);
        const data = b.subarray(start, start + e.compressedSize);
        if (data.length !== e.compressedSize) throw corrupt(`th\xE0nh ph\u1EA7n "${e.name}" b\u1ECB c\u1EAFt c\u1EE5t`);
        if (e.flags & 1) throw encrypted();
        if (e.method === 0) {
          if (e.compressedSize !== e.uncompressedSize)
            throw corrupt(`k\xEDch th\u01B0\u1EDBc th\xE0nh ph\u1EA7n "${e.name}" kh\xF4ng kh\u1EDBp`);
          this.charge(e, e.uncompressedSize, e.uncompressedSize);
          checkCrc(e, crc32Update(0, data));
          return data;
        }
        if (e.method !== 8)
          throw corrupt(`th\xE0nh ph\u1EA7n "${e.name}" d\xF9ng ph\u01B0\u01A1ng th\u1EE9c n\xE9n kh\xF4ng h\u1ED7 tr\u1EE3 (${e.method})`);
        if (e.compressedSize === 0) {
          if (e.uncompressedSize !== 0) throw corrupt(`th\xE0nh ph\u1EA7n "${e.name}" r\u1ED7ng`);
          checkCrc(e, 0);
          return data;
        }
        try {
          if (this.codec) return this.inflateNative(e, data, this.codec);
          return e.compressedSize <= ONE_SHOT_MAX_COMPRESSED ? this.inflateOneShot(e, data) : this.inflateStreaming(e, data);
        } catch (err2) {
          if (err2 instanceof UnsafeFileError) throw err2;
          throw corrupt(`d\u1EEF li\u1EC7u n\xE9n c\u1EE7a "${e.name}" b\u1ECB l\u1ED7i`);
        }
      }
      /** Through the host's inflater, stopped one byte past the declared size (so a lying entry is caught). */
      inflateNative(e, data, codec) {
        const out2 = codec.inflateRaw(data, e.uncompressedSize + 1);
        if (!out2) throw overDeclared(e);
        this.charge(e, out2.length, out2.length);
        checkCrc(e, codec.crc32(out2));
        return out2;
      }
      /**
       * Small parts (nearly all of them): one call into a buffer one byte larger than declared. fflate never grows a
       * caller-supplied buffer, so a lying entry fills the spare byte and is caught; the wasted work is bounded by
       * deflate's ~1032:1 maximum over at most ONE_SHOT_MAX_COMPRESSED input bytes.
       */
      inflateOneShot(e, data) {
        const out2 = inflateSync(data, { out: new Uint8Array(e.uncompressedSize + 1) });
        this.charge(e, out2.length, out2.length);
        checkCrc(e, crc32Update(0, out2));
        return out2;
      }
      /**
       * Larger parts: streamed in small input slices (each push can expand at most ~1000x) into a buffer of the declared
       * size, stopping the moment real output exceeds the declaration.
       */
      inflateStreaming(e, data) {
        const out2 = new Uint8Array(e.uncompressedSize);
        let written = 0;
        let crc2 = 0;
        const inflater = new Inflate((chunk) => {
          this.charge(e, written + chunk.length, chunk.length);
          out2.set(chunk, written);
          crc2 = crc32Update(crc2, chunk);
          written += chunk.length;
        });
        const SLICE = 16 * 1024;
        for (let p = 0; p < data.length; p += SLICE)
          inflater.push(data.subarray(p, p + SLICE), p + SLICE >= data.length);
        checkCrc(e, crc2);
        return written === out2.length ? out2 : out2.subarray(0, written);
      }
      /** Counts real inflated bytes against both the entry's declared size and the whole-file budget. */
      charge(e, entryBytesSoFar, added) {
        if (entryBytesSoFar > e.uncompressedSize) throw overDeclared(e);
        this.inflatedTotal += added;
        if (this.inflatedTotal > this.limits.maxUncompressedBytes)
          throw zipBomb(`d\u1EEF li\u1EC7u gi\u1EA3i n\xE9n v\u01B0\u1EE3t ${mb(this.limits.maxUncompressedBytes)} MB`);
      }
    };
    encrypted = () => new UnsafeFileError("encrypted", "T\u1EC7p \u0111\u01B0\u1EE3c \u0111\u1EB7t m\u1EADt kh\u1EA9u \u2014 h\xE3y l\u01B0u l\u1EA1i th\xE0nh .xlsx kh\xF4ng m\u1EADt kh\u1EA9u.");
    UTF16_ENCRYPTED_PACKAGE = Array.from("EncryptedPackage").flatMap((ch) => [ch.charCodeAt(0), 0]);
    MACRO_TYPE_RX = /macroEnabled|vbaProject/i;
    ODS_MIME_TYPES = [
      "application/vnd.oasis.opendocument.spreadsheet",
      "application/vnd.oasis.opendocument.spreadsheet-template"
    ];
  }
});

// shared/file/read-xlsx-grid.ts
function decodeOoxmlEscapes(s) {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(OOXML_ESCAPE_RX, (_m, hex) => String.fromCharCode(parseInt(hex, 16)));
}
function readRichText(sc, endName) {
  if (sc.selfClosing) return "";
  let out2 = "";
  for (; ; ) {
    const k = sc.next();
    if (k === Tag.Eof) break;
    if (k === Tag.Close) {
      if (sc.name === endName) break;
      continue;
    }
    if (sc.name === "t") out2 += sc.text();
    else if (sc.name === "rPh") sc.skipElement();
  }
  return decodeOoxmlEscapes(out2);
}
function parseWorkbook2(xml) {
  const sc = new XmlScanner(xml);
  const sheets = [];
  const seen = /* @__PURE__ */ new Set();
  const definedNames = [];
  let date1904;
  while (sc.next() !== Tag.Eof) {
    if (sc.kind !== Tag.Open) continue;
    if (sc.name === "extLst" || sc.name === "AlternateContent") sc.skipElement();
    else if (sc.name === "sheet") {
      const name = sc.attr("name");
      const relId = sc.attr("id", true);
      if (name === void 0 || !relId || seen.has(name)) continue;
      seen.add(name);
      const state = sc.attr("state");
      sheets.push({
        name,
        state: state === "hidden" || state === "veryHidden" ? state : "visible",
        relId
      });
    } else if (sc.name === "definedName") {
      const name = sc.attr("name");
      if (name === void 0 || sc.attr("localSheetId") !== void 0 || name.startsWith("_xlnm.")) continue;
      const ref = parseDefinedNameRef(sc.text());
      if (ref) definedNames.push({ name, ...ref });
    } else if (sc.name === "workbookPr" && date1904 === void 0) {
      const v = sc.attr("date1904")?.trim();
      date1904 = v === "1" || v === "true";
    }
  }
  return { sheets, definedNames, date1904: date1904 ?? false };
}
function parseDefinedNameRef(text2) {
  let s = text2.trim();
  if (s.startsWith("=")) s = s.slice(1);
  if (s.includes("#REF!")) return null;
  let sheet;
  let rest;
  if (s.startsWith("'")) {
    let i2 = 1;
    for (; i2 < s.length; i2++) {
      if (s[i2] !== "'") continue;
      if (s[i2 + 1] === "'") i2++;
      else break;
    }
    sheet = s.slice(1, i2).replace(/''/g, "'");
    rest = s.slice(i2 + 1);
  } else {
    const bang = s.indexOf("!");
    if (bang < 0) return null;
    sheet = s.slice(0, bang);
    rest = s.slice(bang);
  }
  if (!rest.startsWith("!") || !sheet || sheet.includes("[") || sheet.includes(":")) return null;
  const range = rest.slice(1);
  return A1_AREA_RX.test(range) ? { sheet, range } : null;
}
function parseRels(xml, baseDir) {
  const sc = new XmlScanner(xml);
  const rels = /* @__PURE__ */ new Map();
  while (sc.next() !== Tag.Eof) {
    if (sc.kind !== Tag.Open || sc.name !== "Relationship" || sc.attr("TargetMode") === "External") continue;
    const id = sc.attr("Id");
    const target = sc.attr("Target");
    if (id && target) rels.set(id, { target: resolvePartPath(baseDir, target), type: sc.attr("Type") ?? "" });
  }
  return rels;
}
function parseStyles(xml) {
  const sc = new XmlScanner(xml);
  const custom = /* @__PURE__ */ new Map();
  const xfFormats = [];
  const xfIds = [];
  let inCellXfs = false;
  let inNumFmts = false;
  while (sc.next() !== Tag.Eof) {
    if (sc.kind === Tag.Close) {
      if (sc.name === "cellXfs") inCellXfs = false;
      else if (sc.name === "numFmts") inNumFmts = false;
      continue;
    }
    if (sc.name === "numFmts") inNumFmts = !sc.selfClosing;
    else if (inNumFmts && sc.name === "numFmt") {
      const id = Number(sc.attr("numFmtId"));
      const code = sc.attr("formatCode");
      if (Number.isInteger(id) && code !== void 0) custom.set(id, code);
    } else if (sc.name === "cellXfs") inCellXfs = !sc.selfClosing;
    else if (inCellXfs && sc.name === "xf") {
      xfIds.push(Number(sc.attr("numFmtId") ?? 0));
      sc.skipElement();
    }
  }
  for (const id of xfIds) {
    const code = custom.get(id) ?? BUILTIN_NUM_FMTS[id];
    xfFormats.push(code === void 0 || code === "General" ? void 0 : code);
  }
  return xfFormats;
}
function parseSharedStrings(xml) {
  const sc = new XmlScanner(xml);
  const out2 = [];
  while (sc.next() !== Tag.Eof)
    if (sc.kind === Tag.Open && sc.name === "si") out2.push(readRichText(sc, "si"));
  return out2;
}
function strictCellRef(ref) {
  const n = ref.length;
  let i2 = ref.charCodeAt(0) === 36 ? 1 : 0;
  const lettersStart = i2;
  let col = 0;
  for (; i2 < n; i2++) {
    const c = ref.charCodeAt(i2) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i2 === lettersStart || i2 - lettersStart > 3) return null;
  if (ref.charCodeAt(i2) === 36) i2++;
  const digitsStart = i2;
  if (ref.charCodeAt(i2) === 48) return null;
  let row = 0;
  for (; i2 < n; i2++) {
    const d = ref.charCodeAt(i2) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  if (i2 === digitsStart || i2 - digitsStart > 7) return null;
  return row <= MAX_ROW && col <= MAX_COL ? { row, col } : null;
}
function mergeRange(ref) {
  const [a, b, extra] = ref.trim().split(":");
  if (b === void 0 || extra !== void 0) return null;
  const p = strictCellRef(a);
  const q = strictCellRef(b);
  if (!p || !q) return null;
  const top = Math.min(p.row, q.row);
  const bottom = Math.max(p.row, q.row);
  const left = Math.min(p.col, q.col);
  const right = Math.max(p.col, q.col);
  if (top === bottom && left === right) return null;
  return `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`;
}
function parseCellRef(ref) {
  let col = 0;
  let row = 0;
  for (let i2 = 0; i2 < ref.length; i2++) {
    const c = ref.charCodeAt(i2);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
  }
  return { row, col };
}
function columnLetters(col) {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + (n - 1) % 26) + s;
  return s;
}
function shiftFormula(formula, dRow, dCol) {
  if (dRow === 0 && dCol === 0) return formula;
  const shift = (segment) => segment.replace(
    FORMULA_REF_RX,
    (m, pre, cAbs, letters, rAbs, digits) => {
      const upper = letters.toUpperCase();
      if (upper.length === 3 && upper > "XFD") return m;
      const col = parseCellRef(upper).col + (cAbs ? 0 : dCol);
      const row = Number(digits) + (rAbs ? 0 : dRow);
      if (col < 1 || col > MAX_COL || row < 1 || row > MAX_ROW) return `${pre}#REF!`;
      return `${pre}${cAbs}${columnLetters(col)}${rAbs}${row}`;
    }
  );
  let out2 = "";
  let plain = 0;
  for (let i2 = 0; i2 < formula.length; i2++) {
    const ch = formula[i2];
    let end = -1;
    if (ch === '"' || ch === "'") {
      end = i2 + 1;
      while (end < formula.length && (formula[end] !== ch || formula[end + 1] === ch))
        end += formula[end] === ch ? 2 : 1;
      end++;
    } else if (ch === "[") {
      let depth = 0;
      end = i2;
      for (; end < formula.length; end++) {
        if (formula[end] === "[") depth++;
        else if (formula[end] === "]" && --depth === 0) break;
      }
      end++;
    }
    if (end < 0) continue;
    out2 += shift(formula.slice(plain, i2)) + formula.slice(i2, end);
    plain = end;
    i2 = end - 1;
  }
  return out2 + shift(formula.slice(plain));
}
function parseIsoDate(text2) {
  let s = text2.trim();
  if (/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s)) s += "Z";
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? text2 : d;
}
function parseWorksheet(xml, name, state, strings, numFmts) {
  const grid2 = new XlsxSheetGrid(name, state);
  const sc = new XmlScanner(xml);
  const shared = /* @__PURE__ */ new Map();
  const attrs = {};
  let inData = false;
  let row = 0;
  let col = 0;
  while (sc.next() !== Tag.Eof) {
    const k = sc.kind;
    const tag = sc.name;
    if (!inData) {
      if (k !== Tag.Open) {
        if (tag === "mergeCells") break;
        continue;
      }
      if (tag === "sheetData") inData = !sc.selfClosing;
      else if (tag === "mergeCell") {
        const m = mergeRange(sc.attr("ref") ?? "");
        if (m) grid2.merges.push(m);
      } else if (AFTER_MERGES.has(tag)) break;
      else if (tag === "extLst") sc.skipElement();
      continue;
    }
    if (k === Tag.Close) {
      if (tag === "sheetData") inData = false;
      continue;
    }
    if (tag === "row") {
      const r = sc.attr("r");
      const n = r === void 0 ? row + 1 : Number(r);
      row = Number.isInteger(n) && n >= 1 && n <= MAX_ROW ? n : NaN;
      col = 0;
      continue;
    }
    if (tag !== "c") continue;
    sc.cellAttrs(attrs);
    const { r: ref, t: type, s: styleAttr } = attrs;
    let dropped = false;
    if (ref !== void 0) {
      const p = strictCellRef(ref.trim());
      if (p) {
        col = p.col;
        row = p.row;
      } else {
        col++;
        dropped = true;
      }
    } else col++;
    if (sc.selfClosing) continue;
    let v;
    let formula;
    let sharedFrom;
    let inline;
    while (sc.next() !== Tag.Eof) {
      if (sc.kind === Tag.Close) {
        if (sc.name === "c") break;
        continue;
      }
      const child = sc.name;
      if (child === "v") v = sc.text();
      else if (child === "is") inline = readRichText(sc, "is");
      else if (child === "f") {
        const fType = sc.attr("t");
        const si = sc.attr("si");
        const fRef = sc.attr("ref");
        const text2 = sc.text();
        if (fType === "shared" && si !== void 0) {
          if (text2) {
            formula = text2;
            if ((fRef !== void 0 || !shared.has(si)) && text2.length <= MAX_FORMULA_CHARS)
              shared.set(si, { text: text2, row, col });
          } else {
            const anchor = shared.get(si);
            if (anchor) sharedFrom = { anchor, dRow: row - anchor.row, dCol: col - anchor.col };
          }
        } else if (text2) formula = text2;
      } else sc.skipElement();
    }
    if (dropped || !(row >= 1 && row <= MAX_ROW && col >= 1 && col <= MAX_COL)) continue;
    if (v === void 0 && formula === void 0 && sharedFrom === void 0 && inline === void 0)
      continue;
    let value;
    switch (type) {
      case "s": {
        const t = v?.trim();
        value = t && /^\d+$/.test(t) ? strings[Number(t)] ?? null : null;
        break;
      }
      case "inlineStr":
        value = inline ?? (v === void 0 ? null : decodeOoxmlEscapes(v));
        break;
      case "str":
        value = v === void 0 ? null : decodeOoxmlEscapes(v);
        break;
      case "b":
        value = v === void 0 ? null : v.trim() === "1" || v.trim() === "true";
        break;
      case "e":
        value = v === void 0 ? null : v.trim();
        break;
      case "d":
        value = v === void 0 ? null : parseIsoDate(v);
        break;
      default: {
        if (v === void 0) value = inline ?? null;
        else {
          const t = v.trim();
          const n = Number(t);
          value = t === "" ? null : Number.isFinite(n) ? n : t;
        }
      }
    }
    if (value === null && formula === void 0 && sharedFrom === void 0) continue;
    const cell2 = formula === void 0 && sharedFrom ? new SharedFormulaRef(value, sharedFrom.anchor, sharedFrom.dRow, sharedFrom.dCol) : { value };
    if (formula !== void 0) cell2.formula = formula;
    const numFmt = styleAttr === void 0 ? void 0 : numFmts[Number(styleAttr)];
    if (numFmt !== void 0) cell2.numFmt = numFmt;
    grid2.set(row, col, cell2);
  }
  return grid2;
}
function readPart(zip, path) {
  let bytes = zip.read(path);
  if (!bytes && path.includes("%")) {
    try {
      bytes = zip.read(decodeURIComponent(path));
    } catch {
    }
  }
  return bytes && decodeXml(bytes);
}
function readXlsxGrid(bytes, options = {}) {
  return readXlsxZip(openGuardedXlsx(bytes, options.limits, options.codec), options);
}
function readXlsxZip(zip, options = {}) {
  const workbookPart = zip.workbookPart;
  const slash = workbookPart.lastIndexOf("/");
  const workbookDir = slash < 0 ? "" : workbookPart.slice(0, slash);
  const { wb, rels } = guardParse(() => {
    const workbookXml2 = readPart(zip, workbookPart);
    if (workbookXml2 === void 0) throw corrupt2(`thi\u1EBFu ph\u1EA7n ${workbookPart}`);
    const relsXml = readPart(
      zip,
      `${workbookDir ? `${workbookDir}/` : ""}_rels/${workbookPart.slice(slash + 1)}.rels`
    );
    return {
      wb: parseWorkbook2(workbookXml2),
      rels: relsXml === void 0 ? /* @__PURE__ */ new Map() : parseRels(relsXml, workbookDir)
    };
  });
  const names = wb.sheets.map((s) => s.name);
  const wanted = new Set(
    options.sheets ? options.sheets(
      [...names],
      wb.definedNames.map((d) => ({ ...d }))
    ) : names
  );
  const selected = wb.sheets.filter((s) => wanted.has(s.name));
  const sheets = guardParse(() => {
    const out2 = /* @__PURE__ */ new Map();
    if (selected.length === 0) return out2;
    const relOfType = (suffix, fallback) => {
      for (const r of rels.values()) if (r.type.endsWith(suffix)) return r.target;
      return `${workbookDir ? `${workbookDir}/` : ""}${fallback}`;
    };
    const used = /* @__PURE__ */ new Map([[partKey(workbookPart), "workbook"]]);
    const claim = (path, what) => {
      const other = used.get(partKey(path));
      if (other !== void 0) throw corrupt2(FILE_READER_MESSAGES.sheetPartShared(what, other));
      used.set(partKey(path), what);
    };
    const sstPath = relOfType("/sharedStrings", "sharedStrings.xml");
    const stylesPath = relOfType("/styles", "styles.xml");
    const sstXml = readPart(zip, sstPath);
    if (sstXml !== void 0) claim(sstPath, "sharedStrings");
    const strings = sstXml === void 0 ? [] : parseSharedStrings(sstXml);
    const stylesXml = partKey(stylesPath) === partKey(sstPath) ? void 0 : readPart(zip, stylesPath);
    if (stylesXml !== void 0) claim(stylesPath, "styles");
    const numFmts = stylesXml === void 0 ? [] : parseStyles(stylesXml);
    for (const s of selected) {
      const target = rels.get(s.relId)?.target;
      if (target === void 0) throw corrupt2(`kh\xF4ng t\xECm th\u1EA5y d\u1EEF li\u1EC7u c\u1EE7a trang "${s.name}"`);
      claim(target, s.name);
      const xml = readPart(zip, target);
      if (xml === void 0) throw corrupt2(`thi\u1EBFu ph\u1EA7n ${partKey(target)} c\u1EE7a trang "${s.name}"`);
      out2.set(s.name, parseWorksheet(xml, s.name, s.state, strings, numFmts));
    }
    return out2;
  });
  return new XlsxWorkbookGrid(names, sheets, wb.definedNames, wb.date1904);
}
function guardParse(step) {
  try {
    return step();
  } catch (err2) {
    if (err2 instanceof UnsafeFileError) throw err2;
    throw corrupt2(err2 instanceof Error ? err2.message : String(err2));
  }
}
var XlsxWorkbookGrid, corrupt2, OOXML_ESCAPE_RX, A1_AREA_RX, BUILTIN_NUM_FMTS, MAX_ROW, MAX_COL, FORMULA_REF_RX, MAX_FORMULA_CHARS, SharedFormulaRef, XlsxSheetGrid, AFTER_MERGES;
var init_read_xlsx_grid = __esm({
  "shared/file/read-xlsx-grid.ts"() {
    "use strict";
    init_workbook_grid();
    init_vi();
    init_xml_scanner();
    init_zip_guard();
    init_zip_guard();
    XlsxWorkbookGrid = class {
      constructor(sheetNames, sheets, definedNames, date1904) {
        this.sheetNames = sheetNames;
        this.sheets = sheets;
        this.definedNames = definedNames;
        this.date1904 = date1904;
      }
      sheetNames;
      sheets;
      definedNames;
      date1904;
      sheet(name) {
        return this.sheets.get(name);
      }
    };
    corrupt2 = (detail) => new UnsafeFileError("corrupt", `T\u1EC7p .xlsx b\u1ECB h\u1ECFng ho\u1EB7c kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c: ${detail}.`);
    OOXML_ESCAPE_RX = /_x([0-9A-Fa-f]{4})_/g;
    A1_AREA_RX = /^\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?$/;
    BUILTIN_NUM_FMTS = {
      1: "0",
      2: "0.00",
      3: "#,##0",
      4: "#,##0.00",
      9: "0%",
      10: "0.00%",
      11: "0.00E+00",
      12: "# ?/?",
      13: "# ??/??",
      14: "mm-dd-yy",
      15: "d-mmm-yy",
      16: "d-mmm",
      17: "mmm-yy",
      18: "h:mm AM/PM",
      19: "h:mm:ss AM/PM",
      20: "h:mm",
      21: "h:mm:ss",
      22: 'm/d/yy "h":mm',
      37: "#,##0 ;(#,##0)",
      38: "#,##0 ;[Red](#,##0)",
      39: "#,##0.00 ;(#,##0.00)",
      40: "#,##0.00 ;[Red](#,##0.00)",
      45: "mm:ss",
      46: "[h]:mm:ss",
      47: "mmss.0",
      48: "##0.0E+0",
      49: "@"
    };
    MAX_ROW = 1048576;
    MAX_COL = 16384;
    FORMULA_REF_RX = /(^|[^A-Za-z0-9_.$'"\]])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_.(![])/g;
    MAX_FORMULA_CHARS = 8192;
    SharedFormulaRef = class {
      constructor(value, anchor, dRow, dCol) {
        this.value = value;
        this.anchor = anchor;
        this.dRow = dRow;
        this.dCol = dCol;
      }
      value;
      anchor;
      dRow;
      dCol;
      numFmt;
    };
    XlsxSheetGrid = class extends MapSheetGrid {
      cell(row, col) {
        const c = super.cell(row, col);
        if (!(c instanceof SharedFormulaRef)) return c;
        const out2 = { value: c.value, formula: shiftFormula(c.anchor.text, c.dRow, c.dCol) };
        if (c.numFmt !== void 0) out2.numFmt = c.numFmt;
        return out2;
      }
    };
    AFTER_MERGES = /* @__PURE__ */ new Set([
      "phoneticPr",
      "conditionalFormatting",
      "dataValidations",
      "hyperlinks",
      "printOptions",
      "pageMargins",
      "pageSetup",
      "headerFooter",
      "rowBreaks",
      "colBreaks",
      "drawing",
      "legacyDrawing",
      "tableParts"
    ]);
  }
});

// shared/file/read-ods-grid.ts
function readOdsZip(zip, options = {}) {
  const bytes = zip.read("content.xml");
  if (!bytes) throw corrupt3("thi\u1EBFu ph\u1EA7n content.xml");
  try {
    return new OdsContentReader(decodeXml(bytes), options).read();
  } catch (err2) {
    if (err2 instanceof UnsafeFileError) throw err2;
    throw corrupt3(err2 instanceof Error ? err2.message : String(err2));
  }
}
function positiveInt(text2) {
  if (text2 === void 0) return 1;
  const n = Number(text2.trim());
  return Number.isInteger(n) && n >= 1 ? n : 1;
}
function columnLetters2(col) {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + (n - 1) % 26) + s;
  return s;
}
function cellValue(type, a, text2) {
  switch (type) {
    case "float":
    case "percentage":
    case "currency": {
      const n = a.value === void 0 ? NaN : Number(a.value.trim());
      return Number.isFinite(n) ? n : text2 ?? null;
    }
    case "date":
      return a.date === void 0 ? text2 ?? null : isoDate(a.date);
    case "time": {
      const d = a.time === void 0 ? null : isoDurationDays(a.time);
      return d ?? text2 ?? null;
    }
    case "boolean":
      return a.bool === void 0 ? text2 ?? null : a.bool.trim() === "true";
    case "string":
      return a.str ?? text2 ?? null;
    default:
      return text2 ?? null;
  }
}
function isoDate(text2) {
  const s = text2.trim();
  if (!/^-?\d{4,}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(s)) return text2;
  const d = /* @__PURE__ */ new Date(s.includes("T") ? `${s}Z` : `${s}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? text2 : d;
}
function isoDurationDays(text2) {
  const m = /^-?P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(text2.trim());
  if (!m) return null;
  const [d, h, mi, s] = [m[1], m[2], m[3], m[4]].map((x2) => x2 === void 0 ? 0 : Number(x2));
  const days = d + (h + (mi + s / 60) / 60) / 24;
  return text2.trim().startsWith("-") ? -days : days;
}
function parseOdsCellAddress(part) {
  let s = part.trim();
  if (s.startsWith("$")) s = s.slice(1);
  let sheet;
  if (s.startsWith("'")) {
    let i2 = 1;
    for (; i2 < s.length; i2++) {
      if (s[i2] !== "'") continue;
      if (s[i2 + 1] === "'") i2++;
      else break;
    }
    if (i2 >= s.length) return null;
    sheet = s.slice(1, i2).replace(/''/g, "'");
    s = s.slice(i2 + 1);
  } else {
    const dot = s.lastIndexOf(".");
    if (dot < 0) return null;
    sheet = dot === 0 ? void 0 : s.slice(0, dot);
    s = s.slice(dot);
  }
  if (!s.startsWith(".")) return null;
  const cell2 = s.slice(1);
  return /^\$?[A-Za-z]{1,3}\$?[1-9]\d{0,6}$/.test(cell2) ? { sheet, cell: cell2.toUpperCase() } : null;
}
function parseOdsRangeAddress(address) {
  const text2 = address.trim();
  let colon = -1;
  let quoted = false;
  for (let i2 = 0; i2 < text2.length; i2++) {
    if (text2[i2] === "'") quoted = !quoted;
    else if (!quoted && text2[i2] === ":") {
      if (colon >= 0) return null;
      colon = i2;
    } else if (!quoted && (text2[i2] === " " || text2[i2] === ";")) return null;
  }
  const first = parseOdsCellAddress(colon < 0 ? text2 : text2.slice(0, colon));
  if (!first?.sheet) return null;
  if (colon < 0) return { sheet: first.sheet, range: first.cell };
  const second = parseOdsCellAddress(text2.slice(colon + 1));
  if (!second || second.sheet !== void 0 && second.sheet !== first.sheet) return null;
  return { sheet: first.sheet, range: `${first.cell}:${second.cell}` };
}
function odsFormulaToA1(formula) {
  const f = formula.replace(/^[a-z]+:/i, "").replace(/^=/, "");
  let out2 = "";
  for (let i2 = 0; i2 < f.length; i2++) {
    const ch = f[i2];
    if (ch === '"') {
      let end = i2 + 1;
      while (end < f.length && (f[end] !== '"' || f[end + 1] === '"')) end += f[end] === '"' ? 2 : 1;
      out2 += f.slice(i2, end + 1);
      i2 = end;
    } else if (ch === "[") {
      const end = f.indexOf("]", i2);
      if (end < 0) return out2 + f.slice(i2);
      out2 += odsReferenceToA1(f.slice(i2 + 1, end));
      i2 = end;
    } else out2 += ch === ";" ? "," : ch;
  }
  return out2;
}
function odsReferenceToA1(ref) {
  const parts = ref.split(":");
  const conv = parts.map((p) => {
    const a = parseOdsCellAddress(p);
    if (!a) return p.replace(/^\./, "");
    return a.sheet === void 0 ? a.cell : `${quoteSheet2(a.sheet)}!${a.cell}`;
  });
  return conv.join(":");
}
function quoteSheet2(name) {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
var DEFAULT_MAX_ODS_CELLS, MAX_ROW2, MAX_COL2, MAX_SPACE_RUN, OdsWorkbookGrid, corrupt3, OdsContentReader, SKIPPED_IN_CELL;
var init_read_ods_grid = __esm({
  "shared/file/read-ods-grid.ts"() {
    "use strict";
    init_workbook_grid();
    init_vi();
    init_xml_scanner();
    init_zip_guard();
    DEFAULT_MAX_ODS_CELLS = 1e6;
    MAX_ROW2 = 1048576;
    MAX_COL2 = 16384;
    MAX_SPACE_RUN = 64;
    OdsWorkbookGrid = class {
      constructor(sheetNames, sheets, definedNames) {
        this.sheetNames = sheetNames;
        this.sheets = sheets;
        this.definedNames = definedNames;
      }
      sheetNames;
      sheets;
      definedNames;
      /** ODF stores dates as dates, never as serials. */
      date1904 = false;
      sheet(name) {
        return this.sheets.get(name);
      }
    };
    corrupt3 = (detail) => new UnsafeFileError("corrupt", FILE_READER_MESSAGES.odsCorrupt(detail));
    OdsContentReader = class {
      constructor(xml, options) {
        this.options = options;
        this.sc = new XmlScanner(xml);
        this.maxCells = options.maxCells ?? DEFAULT_MAX_ODS_CELLS;
      }
      options;
      sc;
      hiddenStyles = /* @__PURE__ */ new Set();
      tables = [];
      definedNames = [];
      maxCells;
      cells = 0;
      read() {
        const sc = this.sc;
        let tableStyle;
        const seen = /* @__PURE__ */ new Set();
        while (sc.next() !== Tag.Eof) {
          if (sc.kind === Tag.Close) {
            if (sc.name === "style") tableStyle = void 0;
            continue;
          }
          switch (sc.name) {
            case "style":
              tableStyle = sc.attr("family", true) === "table" && !sc.selfClosing ? sc.attr("name", true) : void 0;
              break;
            case "table-properties":
              if (tableStyle !== void 0 && sc.attr("display", true) === "false")
                this.hiddenStyles.add(tableStyle);
              break;
            case "table": {
              const name = sc.attr("name", true) ?? "";
              const hidden = this.hiddenStyles.has(sc.attr("style-name", true) ?? "");
              const grid2 = new MapSheetGrid(name, hidden ? "hidden" : "visible");
              if (!sc.selfClosing) this.readTable(grid2);
              if (name && !seen.has(name)) {
                seen.add(name);
                this.tables.push({ name, grid: grid2 });
              }
              break;
            }
            case "named-range": {
              const name = sc.attr("name", true);
              const ref = name && !name.startsWith("_xlnm.") ? parseOdsRangeAddress(sc.attr("cell-range-address", true) ?? "") : null;
              if (name && ref) this.definedNames.push({ name, ...ref });
              break;
            }
            // Content that is not cells: skipped whole so its text never reaches a table.
            case "annotation":
            case "forms":
            case "shapes":
            case "scripts":
            case "font-face-decls":
              sc.skipElement();
              break;
          }
        }
        const names = this.tables.map((t) => t.name);
        const wanted = new Set(
          this.options.sheets ? this.options.sheets(
            [...names],
            this.definedNames.map((d) => ({ ...d }))
          ) : names
        );
        const sheets = /* @__PURE__ */ new Map();
        for (const t of this.tables) if (wanted.has(t.name)) sheets.set(t.name, t.grid);
        return new OdsWorkbookGrid(names, sheets, this.definedNames);
      }
      /** Reads rows up to the table's end tag. Row groups and header rows are transparent wrappers. */
      readTable(grid2) {
        const sc = this.sc;
        let row = 1;
        while (sc.next() !== Tag.Eof) {
          if (sc.kind === Tag.Close) {
            if (sc.name === "table") return;
            continue;
          }
          switch (sc.name) {
            case "table-row": {
              const repeat = positiveInt(sc.attr("number-rows-repeated", true));
              if (!sc.selfClosing) {
                const runs = this.readRow();
                if (runs.length > 0) this.placeRow(grid2, row, repeat, runs);
              }
              row += repeat;
              break;
            }
            case "table-header-rows":
            case "table-row-group":
            case "table-rows":
              break;
            default:
              sc.skipElement();
          }
        }
      }
      /** The row's cells with content, as runs (position, repeat, value, spans). Empty cells only move the column. */
      readRow() {
        const sc = this.sc;
        const runs = [];
        let col = 1;
        while (sc.next() !== Tag.Eof) {
          if (sc.kind === Tag.Close) {
            if (sc.name === "table-row") break;
            continue;
          }
          const covered = sc.name === "covered-table-cell";
          if (!covered && sc.name !== "table-cell") {
            sc.skipElement();
            continue;
          }
          const repeat = positiveInt(sc.attr("number-columns-repeated", true));
          const colSpan = positiveInt(sc.attr("number-columns-spanned", true));
          const rowSpan = positiveInt(sc.attr("number-rows-spanned", true));
          const valueType = sc.attr("office:value-type") ?? sc.attr("value-type", true);
          const formula = sc.attr("formula", true);
          const attrs = {
            value: sc.attr("value", true),
            date: sc.attr("date-value", true),
            time: sc.attr("time-value", true),
            bool: sc.attr("boolean-value", true),
            str: sc.attr("string-value", true)
          };
          const text2 = sc.selfClosing ? void 0 : this.readCellText();
          if (!covered && col <= MAX_COL2) {
            const value = cellValue(valueType, attrs, text2);
            const f = formula === void 0 ? void 0 : odsFormulaToA1(formula);
            if (value !== null || f !== void 0 || colSpan > 1 || rowSpan > 1) {
              const cell2 = { value };
              if (f !== void 0) cell2.formula = f;
              if (valueType === "percentage") cell2.numFmt = "0%";
              runs.push({ col, repeat, cell: cell2, colSpan, rowSpan });
            }
          }
          col += repeat;
        }
        return runs;
      }
      /** Text paragraphs of the current cell, joined by line breaks; undefined when it has none. */
      readCellText() {
        const sc = this.sc;
        const paragraphs = [];
        let current;
        let depth = 1;
        while (depth > 0 && sc.next() !== Tag.Eof) {
          if (sc.kind === Tag.Close) {
            depth--;
            if ((sc.name === "p" || sc.name === "h") && current !== void 0) {
              paragraphs.push(current);
              current = void 0;
            } else if (current !== void 0) current += sc.textHere();
            continue;
          }
          const name = sc.name;
          if (SKIPPED_IN_CELL.has(name)) {
            sc.skipElement();
            continue;
          }
          if (name === "p" || name === "h") {
            if (sc.selfClosing) paragraphs.push("");
            else {
              depth++;
              current = sc.textHere();
            }
            continue;
          }
          if (!sc.selfClosing) depth++;
          if (current === void 0) continue;
          if (name === "s") current += " ".repeat(Math.min(positiveInt(sc.attr("c", true)), MAX_SPACE_RUN));
          else if (name === "tab") current += "	";
          else if (name === "line-break") current += "\n";
          current += sc.textHere();
        }
        return paragraphs.length ? paragraphs.join("\n") : void 0;
      }
      /** Writes a row's runs `repeat` times from `row`, within the sheet bounds and the cell budget. */
      placeRow(grid2, row, repeat, runs) {
        const lastRow = Math.min(row + repeat - 1, MAX_ROW2);
        for (let r = row; r <= lastRow; r++)
          for (const run2 of runs) {
            const lastCol = Math.min(run2.col + run2.repeat - 1, MAX_COL2);
            for (let c = run2.col; c <= lastCol; c++) {
              if (++this.cells > this.maxCells)
                throw new UnsafeFileError("too-many-cells", FILE_READER_MESSAGES.tooManyCells(this.maxCells));
              if (run2.cell.value !== null || run2.cell.formula !== void 0) grid2.set(r, c, run2.cell);
              if (run2.colSpan > 1 || run2.rowSpan > 1)
                grid2.merges.push(
                  `${columnLetters2(c)}${r}:${columnLetters2(Math.min(c + run2.colSpan - 1, MAX_COL2))}${Math.min(
                    r + run2.rowSpan - 1,
                    MAX_ROW2
                  )}`
                );
            }
          }
      }
    };
    SKIPPED_IN_CELL = /* @__PURE__ */ new Set([
      "annotation",
      "note",
      "table",
      "frame",
      "custom-shape",
      "g",
      "rect",
      "line",
      "ellipse",
      "connector",
      "control"
    ]);
  }
});

// shared/file/read-workbook-grid.ts
function readWorkbookGrid(bytes, options = {}) {
  const isOle = bytes.length >= 8 && OLE2_MAGIC2.every((v, i2) => bytes[i2] === v);
  const isZip = bytes.length >= 4 && bytes[0] === 80 && bytes[1] === 75 && bytes[2] === 3 && bytes[3] === 4;
  if (!isOle && !isZip && bytes.length <= (options.limits?.maxFileBytes ?? Infinity))
    throw new UnsafeFileError("not-xlsx", FILE_READER_MESSAGES.notSpreadsheet);
  const zip = openGuardedZip(bytes, options.limits, options.codec);
  switch (zipFormat(zip)) {
    case "xlsx":
      return Object.assign(readXlsxZip(checkXlsxPackage(zip), options), { format: "xlsx" });
    case "ods":
      return Object.assign(readOdsZip(checkOdsPackage(zip), options), { format: "ods" });
    default:
      throw new UnsafeFileError("not-xlsx", FILE_READER_MESSAGES.notSpreadsheet);
  }
}
var OLE2_MAGIC2;
var init_read_workbook_grid = __esm({
  "shared/file/read-workbook-grid.ts"() {
    "use strict";
    init_vi();
    init_read_ods_grid();
    init_read_xlsx_grid();
    init_zip_guard();
    OLE2_MAGIC2 = [208, 207, 17, 224, 161, 177, 26, 225];
  }
});

// shared/file/index.ts
var init_file = __esm({
  "shared/file/index.ts"() {
    "use strict";
    init_read_xlsx_grid();
    init_read_ods_grid();
    init_read_workbook_grid();
  }
});

// cli/xlsx/zip-codec.ts
var import_node_zlib, nodeZipCodec;
var init_zip_codec = __esm({
  "cli/xlsx/zip-codec.ts"() {
    "use strict";
    import_node_zlib = require("node:zlib");
    nodeZipCodec = {
      inflateRaw(data, maxBytes) {
        try {
          return (0, import_node_zlib.inflateRawSync)(data, { maxOutputLength: Math.max(1, maxBytes) });
        } catch (e) {
          if (e.code === "ERR_BUFFER_TOO_LARGE") return null;
          throw e;
        }
      },
      crc32: (data) => (0, import_node_zlib.crc32)(data)
    };
  }
});

// cli/xlsx/load-file.ts
async function readBytes(file) {
  try {
    return new Uint8Array(await (0, import_promises.readFile)(file));
  } catch (e) {
    const code = e.code;
    throw new UnreadableFileError(
      code === "ENOENT" ? `Kh\xF4ng t\xECm th\u1EA5y t\u1EC7p "${file}".` : `Kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c t\u1EC7p "${file}" (${code ?? e.message}).`
    );
  }
}
function gridFromBytes(bytes) {
  try {
    return readWorkbookGrid(bytes, { codec: nodeZipCodec });
  } catch (e) {
    if (e instanceof UnsafeFileError || e instanceof TtdnError) throw new UnreadableFileError(e.message);
    throw new UnreadableFileError(`T\u1EC7p h\u1ECFng ho\u1EB7c kh\xF4ng ph\u1EA3i .xlsx/.ods (${e.message}).`);
  }
}
var import_promises, UnreadableFileError;
var init_load_file = __esm({
  "cli/xlsx/load-file.ts"() {
    "use strict";
    import_promises = require("node:fs/promises");
    init_shared();
    init_file();
    init_zip_codec();
    UnreadableFileError = class extends TtdnError {
      constructor(message) {
        super(message, "unreadable");
      }
    };
  }
});

// cli/usage.ts
function checkKind(kind) {
  if (!kind || !REPORT_KINDS.includes(kind))
    throw new UsageError(ERROR_MESSAGES.unknownKind(kind ?? ""));
  return kind;
}
function checkYear(year) {
  const y = Number(year);
  if (!year || !/^\d{4}$/.test(year) || y < 2e3 || y > 2100)
    throw new UsageError(ERROR_MESSAGES.badYear(year ?? ""));
  return y;
}
var GENERATOR;
var init_usage = __esm({
  "cli/usage.ts"() {
    "use strict";
    init_shared();
    GENERATOR = "ttdn-cli 0.1.0";
  }
});

// shared/layout/style-sweep.ts
var StyleSweep;
var init_style_sweep = __esm({
  "shared/layout/style-sweep.ts"() {
    "use strict";
    init_a1();
    StyleSweep = class {
      boxes = [];
      active = [];
      next = 0;
      lastRow;
      lastCol;
      /** For each column of the current row, the ids of the groups over it in model order ("0,3"). */
      keys = [];
      constructor(s) {
        const add = (range, id) => {
          const box = parseRange(range);
          if (!box) throw new Error(`bad range ${range}`);
          this.boxes.push({ ...box, id });
        };
        s.styles.forEach((g, id) => g.ranges.forEach((range) => add(range, id)));
        s.textRanges.forEach((range) => add(range, s.styles.length));
        this.boxes.sort((x2, y) => x2.top - y.top || x2.id - y.id);
        this.lastRow = this.boxes.reduce((m, b) => Math.max(m, b.bottom), 0);
        this.lastCol = this.boxes.reduce((m, b) => Math.max(m, b.right), 0);
      }
      /** Moves to row `r` (rows in order); true when `keys` changed. */
      advance(r) {
        let changed = false;
        while (this.next < this.boxes.length && this.boxes[this.next].top <= r) {
          this.active.push(this.boxes[this.next++]);
          changed = true;
        }
        if (this.active.some((b) => b.bottom < r)) {
          this.active = this.active.filter((b) => b.bottom >= r);
          changed = true;
        }
        if (!changed) return false;
        this.active.sort((x2, y) => x2.id - y.id);
        const keys = [];
        for (const b of this.active)
          for (let c = b.left; c <= b.right; c++)
            keys[c] = keys[c] === void 0 ? `${b.id}` : `${keys[c]},${b.id}`;
        this.keys = keys;
        return true;
      }
    };
  }
});

// cli/xlsx/write-workbook.ts
var write_workbook_exports = {};
__export(write_workbook_exports, {
  modelToExcelJs: () => modelToExcelJs,
  modelToXlsxBytes: () => modelToXlsxBytes,
  sheetOptions: () => sheetOptions,
  writeSheet: () => writeSheet
});
function modelToExcelJs(model) {
  const wb = new import_exceljs.default.Workbook();
  wb.creator = model.creator;
  wb.title = model.title;
  wb.created = /* @__PURE__ */ new Date(0);
  wb.modified = /* @__PURE__ */ new Date(0);
  for (const sheet of model.sheets) writeSheet(wb, sheet, model);
  for (const n of model.definedNames) {
    const sheetRef = `'${n.sheet.replace(/'/g, "''")}'`;
    wb.definedNames.add(`${sheetRef}!${n.range}`, n.name);
  }
  return wb;
}
async function modelToXlsxBytes(model) {
  const buf = await modelToExcelJs(model).xlsx.writeBuffer();
  return finishXlsx(new Uint8Array(buf), model);
}
function finishXlsx(bytes, model) {
  const files = unzipSync(bytes);
  const styles = files["xl/styles.xml"];
  if (styles) {
    const f = model.defaultFont;
    const normal = `<font><sz val="${f.size}"/><color theme="1"/><name val="${f.name}"/><family val="1"/></font>`;
    files["xl/styles.xml"] = strToU8(strFromU8(styles).replace(/<font>.*?<\/font>/, normal));
  }
  releaseAutoHeights(files, model);
  return zipSync(files);
}
function releaseAutoHeights(files, model) {
  const autoRows = model.sheets.map((s) => new Set((s.estimatedRowHeights ?? []).map((h) => h.row)));
  autoRows.forEach((rows, i2) => {
    const path = `xl/worksheets/sheet${i2 + 1}.xml`;
    if (!rows.size || !files[path]) return;
    const xml = strFromU8(files[path]).replace(
      /<row r="(\d+)"[^>]*>/g,
      (tag, r) => rows.has(Number(r)) ? tag.replace(' customHeight="1"', "") : tag
    );
    files[path] = strToU8(xml);
  });
}
function sheetOptions(s) {
  const frozen = s.freeze && (s.freeze.rows > 0 || s.freeze.cols > 0);
  return {
    state: s.state,
    // 15 is ExcelJS's "not custom" height: list rows then grow to their wrapped text when opened.
    properties: { defaultRowHeight: s.plainData ? 15 : 16 },
    views: [
      frozen ? {
        state: "frozen",
        xSplit: s.freeze.cols,
        ySplit: s.freeze.rows,
        showGridLines: s.state !== "visible"
      } : { showGridLines: s.state !== "visible" }
    ],
    ...s.print ? { pageSetup: pageSetupOf(s) } : {},
    ...s.autoFilter ? { autoFilter: s.autoFilter } : {}
  };
}
function pageSetupOf(s) {
  const p = s.print;
  const m = p.margins;
  return {
    paperSize: 9,
    orientation: p.orientation,
    fitToPage: p.fitToWidth,
    fitToWidth: p.pagesWide ?? 1,
    fitToHeight: 0,
    horizontalCentered: true,
    blackAndWhite: p.blackAndWhite ?? false,
    margins: {
      top: m.top / MM_PER_INCH,
      bottom: m.bottom / MM_PER_INCH,
      left: m.left / MM_PER_INCH,
      right: m.right / MM_PER_INCH,
      header: m.header / MM_PER_INCH,
      footer: m.footer / MM_PER_INCH
    },
    // ExcelJS writes `$A1:$I72` from `A1:I72`, which LibreOffice misreads (it then prints every
    // column); giving it `A$1:I$72` yields the fully absolute `$A$1:$I$72`.
    printArea: p.printArea?.replace(/([A-Z]+)(\d+)/g, "$1$$$2"),
    printTitlesRow: p.titleRows ? `${p.titleRows[0]}:${p.titleRows[1]}` : void 0,
    printTitlesColumn: p.titleColumns ? `${p.titleColumns[0]}:${p.titleColumns[1]}` : void 0,
    ...p.scale ? { scale: p.scale } : {}
  };
}
function writeSheet(wb, s, model) {
  const ws = wb.addWorksheet(s.name, sheetOptions(s));
  ws.columns = s.columnWidths.map((width) => ({ width }));
  const baseFont = { name: model.defaultFont.name, size: model.defaultFont.size };
  for (const m of s.merges) ws.mergeCells(m);
  const heights = new Map([...s.estimatedRowHeights ?? [], ...s.rowHeights].map((h) => [h.row, h.height]));
  const pageStarts = new Set(s.print?.rowBreaks ?? []);
  const breaks = new Set(s.rowBreaks ?? []);
  const looks = new LookCache(s, baseFont);
  const lastRow = Math.max(s.values.length, looks.lastRow, ...heights.keys(), 0);
  for (let r = 1; r <= lastRow; r++) {
    const row = ws.getRow(r);
    const values = s.values[r - 1] ?? [];
    values.forEach((v, c) => {
      if (v !== null)
        row.getCell(c + 1).value = typeof v === "object" ? { formula: v.formula, result: v.result } : v;
    });
    for (const [c, style] of looks.row(r, values, !s.plainData)) row.getCell(c).style = style;
    const h = heights.get(r);
    if (h !== void 0) row.height = h;
    if (pageStarts.has(r + 1) || breaks.has(r)) row.addPageBreak();
  }
  for (const v of s.validations) applyValidation(ws, v);
  if (s.print) {
    ws.pageSetup = pageSetupOf(s);
    ws.headerFooter = s.print.pageNumbers === "top-centre-from-page-2" || s.pageNumbersTop ? (
      // NĐ 30/2020: the page number at the top centre, from page 2 (an empty first-page header).
      { differentFirst: true, firstHeader: "", oddHeader: '&C&"Times New Roman,Regular"&13&P' }
    ) : { oddFooter: '&C&"Times New Roman"&10Trang &P/&N' };
  }
  if (s.autoFilter) ws.autoFilter = s.autoFilter;
  if (s.protection) {
    void ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      insertRows: s.protection.allowInsertRows,
      deleteRows: s.protection.allowDeleteRows,
      formatColumns: s.protection.allowFormatColumns,
      formatRows: s.protection.allowFormatRows,
      formatCells: true
    });
  }
  return ws;
}
function styleComposer(st, baseFont) {
  const font = { ...baseFont };
  if (st.font?.size) font.size = st.font.size;
  if (st.font?.bold) font.bold = true;
  if (st.font?.italic) font.italic = true;
  if (st.font?.underline) font.underline = true;
  if (st.font?.color) font.color = { argb: `FF${st.font.color}` };
  const thin = { style: "thin", color: { argb: "FF000000" } };
  const alignment = st.h || st.v || st.wrap ? { horizontal: st.h, vertical: st.v, wrapText: st.wrap } : void 0;
  return (t) => {
    if (st.font) t.font = font;
    if (alignment) t.alignment = alignment;
    if (st.border === "all") t.border = { top: thin, left: thin, bottom: thin, right: thin };
    if (st.border === "top") t.border = { top: thin };
    if (st.fill) t.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${st.fill}` } };
    if (st.numFmt) t.numFmt = st.numFmt;
    if (st.unlocked) t.protection = { locked: false };
  };
}
function excelDate(d) {
  return /* @__PURE__ */ new Date(`${d}T00:00:00Z`);
}
function applyValidation(ws, v) {
  const base = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: v.errorStyle,
    errorTitle: v.errorTitle,
    error: v.error,
    showInputMessage: Boolean(v.prompt),
    prompt: v.prompt
  };
  let dv;
  switch (v.rule.type) {
    case "list":
      dv = { ...base, type: "list", formulae: [v.rule.source] };
      break;
    case "decimal":
    case "whole":
      dv = v.rule.max === void 0 ? { ...base, type: v.rule.type, operator: "greaterThanOrEqual", formulae: [v.rule.min] } : { ...base, type: v.rule.type, operator: "between", formulae: [v.rule.min, v.rule.max] };
      break;
    case "date":
      dv = {
        ...base,
        type: "date",
        operator: "between",
        formulae: [excelDate(v.rule.from), excelDate(v.rule.to)]
      };
      break;
    case "textLength":
      dv = { ...base, type: "textLength", operator: "lessThanOrEqual", formulae: [v.rule.max] };
      break;
  }
  for (const range of v.ranges) {
    const box = parseRange(range);
    if (!box) continue;
    ws.dataValidations.add(rangeRef(box), dv);
  }
}
var import_exceljs, MM_PER_INCH, LookCache;
var init_write_workbook = __esm({
  "cli/xlsx/write-workbook.ts"() {
    "use strict";
    import_exceljs = __toESM(require("exceljs"));
    init_esm();
    init_a1();
    init_style_sweep();
    MM_PER_INCH = 25.4;
    LookCache = class {
      constructor(s, baseFont) {
        this.baseFont = baseFont;
        for (const g of s.styles) this.composers.push(styleComposer(g.style, baseFont));
        this.composers.push((t) => t.numFmt = "@");
        this.sweep = new StyleSweep(s);
        this.lastRow = this.sweep.lastRow;
      }
      baseFont;
      composers = [];
      sweep;
      cache = /* @__PURE__ */ new Map();
      lastRow;
      /** The style of every used cell of row `r` (rows must be asked in order); with `base`, values get the base font. */
      row(r, values, base) {
        this.sweep.advance(r);
        const keys = /* @__PURE__ */ new Map();
        values.forEach((v, i2) => v !== null && keys.set(i2 + 1, base ? "b" : ""));
        this.sweep.keys.forEach((ids, c) => {
          if (ids !== void 0) keys.set(c, `${keys.get(c) ?? ""},${ids}`);
        });
        const out2 = /* @__PURE__ */ new Map();
        for (const [c, key] of keys) out2.set(c, this.look(key));
        return out2;
      }
      look(key) {
        let st = this.cache.get(key);
        if (!st) {
          st = key.startsWith("b") ? { font: this.baseFont } : {};
          for (const id of key.split(",").slice(1)) this.composers[Number(id)](st);
          this.cache.set(key, st);
        }
        return st;
      }
    };
  }
});

// cli/generate.ts
var generate_exports = {};
__export(generate_exports, {
  GENERATOR: () => GENERATOR,
  checkKind: () => checkKind,
  checkYear: () => checkYear,
  generateXlsx: () => generateXlsx
});
async function generateXlsx(o) {
  const unit = findUnit(o.registry, o.unitCode);
  if (!unit) throw new UsageError(ERROR_MESSAGES.unknownUnit(o.unitCode));
  const spec = templateForKind(o.kind, o.templates);
  const layout = buildTemplate({
    spec,
    kind: o.kind,
    unit,
    registry: o.registry,
    period: periodOf(o.calendar, o.kind, o.year),
    generatedAt: (o.now ?? /* @__PURE__ */ new Date()).toISOString(),
    generator: GENERATOR,
    reportDate: o.reportDate,
    prefill: o.prefill
  });
  return modelToXlsxBytes(layout.model);
}
var init_generate = __esm({
  "cli/generate.ts"() {
    "use strict";
    init_usage();
    init_shared();
    init_write_workbook();
    init_usage();
  }
});

// cli/files.ts
var files_exports = {};
__export(files_exports, {
  expandInputs: () => expandInputs,
  loadReceivedDates: () => loadReceivedDates,
  modifiedDate: () => modifiedDate,
  sha256Hex: () => sha256Hex,
  writeAtomically: () => writeAtomically
});
async function expandInputs(inputs, exclude = [], skipped = []) {
  const skip = new Set(exclude.map((e) => (0, import_node_path3.resolve)(e)));
  const out2 = [];
  const walk = async (dir) => {
    for (const n of (await (0, import_promises2.readdir)(dir)).sort()) {
      const p = (0, import_node_path3.join)(dir, n);
      if (n.startsWith(".")) skipped.push({ path: p, reason: "t\u1EC7p ho\u1EB7c th\u01B0 m\u1EE5c \u1EA9n" });
      else if (n.startsWith("~$")) skipped.push({ path: p, reason: "t\u1EC7p kh\xF3a t\u1EA1m c\u1EE7a Office" });
      else if (skip.has((0, import_node_path3.resolve)(p))) skipped.push({ path: p, reason: "l\xE0 t\u1EC7p k\u1EBFt qu\u1EA3 c\u1EE7a l\u1EC7nh n\xE0y" });
      else {
        const st = await (0, import_promises2.stat)(p).catch(() => null);
        if (!st) skipped.push({ path: p, reason: "kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c" });
        else if (st.isDirectory()) await walk(p);
        else if (st.isFile()) out2.push(p);
        else skipped.push({ path: p, reason: "kh\xF4ng ph\u1EA3i t\u1EC7p th\u01B0\u1EDDng" });
      }
    }
  };
  for (const input2 of inputs) {
    const st = await (0, import_promises2.stat)(input2).catch(() => null);
    if (!st) throw new UsageError(`Kh\xF4ng t\xECm th\u1EA5y t\u1EC7p ho\u1EB7c th\u01B0 m\u1EE5c "${input2}".`);
    if (skip.has((0, import_node_path3.resolve)(input2)))
      throw new UsageError(`"${input2}" v\u1EEBa l\xE0 t\u1EC7p \u0111\u1EA7u v\xE0o v\u1EEBa l\xE0 t\u1EC7p k\u1EBFt qu\u1EA3; ch\u1ECDn t\u1EC7p k\u1EBFt qu\u1EA3 kh\xE1c (-o).`);
    if (st.isDirectory()) await walk(input2);
    else out2.push(input2);
  }
  return [...new Set(out2)];
}
function sha256Hex(bytes) {
  return (0, import_node_crypto.createHash)("sha256").update(bytes).digest("hex");
}
async function modifiedDate(file) {
  try {
    const m = (await (0, import_promises2.stat)(file)).mtime;
    return jsDateToPlain(new Date(Date.UTC(m.getFullYear(), m.getMonth(), m.getDate())));
  } catch {
    return null;
  }
}
function loadReceivedDates(file) {
  let rows;
  try {
    rows = parse((0, import_node_fs2.readFileSync)(file, "utf8"), {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true
    });
  } catch (e) {
    throw new ConfigFileError(`Kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c danh s\xE1ch ng\xE0y nh\u1EADn "${file}": ${e.message}`);
  }
  const map = /* @__PURE__ */ new Map();
  rows.forEach((r, i2) => {
    if (i2 === 0 && r[0]?.trim().toLowerCase() === "file") return;
    const span = parseDateText(r[1] ?? "");
    if (!r[0]?.trim() || !span || span.granularity !== "day")
      throw new ConfigFileError(
        `Danh s\xE1ch ng\xE0y nh\u1EADn, d\xF2ng ${i2 + 1}: c\u1EA7n "t\xEAn t\u1EC7p,ng\xE0y" v\u1EDBi ng\xE0y d\u1EA1ng dd/mm/yyyy (\u0111ang l\xE0 "${r.join(",")}").`
      );
    map.set((0, import_node_path3.basename)(r[0].trim()), span.from);
  });
  return map;
}
async function writeAtomically(target, content) {
  const tmp = (0, import_node_path3.join)((0, import_node_path3.dirname)(target), `.${(0, import_node_path3.basename)(target)}.${process.pid}.tmp`);
  try {
    if (typeof content === "function") await content(tmp);
    else await (0, import_promises2.writeFile)(tmp, content);
    await (0, import_promises2.rename)(tmp, target);
  } catch (e) {
    await (0, import_promises2.unlink)(tmp).catch(() => void 0);
    const code = e.code ?? "";
    throw new ConfigFileError(
      `Kh\xF4ng ghi \u0111\u01B0\u1EE3c "${target}": ${WRITE_ERRORS[code] ?? code ?? e.message}.`
    );
  }
}
var import_node_crypto, import_promises2, import_node_path3, import_node_fs2, WRITE_ERRORS;
var init_files = __esm({
  "cli/files.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    import_promises2 = require("node:fs/promises");
    import_node_path3 = require("node:path");
    init_sync();
    import_node_fs2 = require("node:fs");
    init_shared();
    WRITE_ERRORS = {
      ENOENT: "th\u01B0 m\u1EE5c ch\u1EE9a t\u1EC7p kh\xF4ng t\u1ED3n t\u1EA1i",
      EACCES: "kh\xF4ng c\xF3 quy\u1EC1n ghi",
      EPERM: "kh\xF4ng c\xF3 quy\u1EC1n ghi",
      EISDIR: "\u0111\xF3 l\xE0 m\u1ED9t th\u01B0 m\u1EE5c",
      ENOSPC: "\u0111\u0129a \u0111\xE3 \u0111\u1EA7y",
      EROFS: "\u1ED5 \u0111\u0129a ch\u1EC9 \u0111\u1ECDc"
    };
  }
});

// node_modules/cli-progress/lib/eta.js
var require_eta = __commonJS({
  "node_modules/cli-progress/lib/eta.js"(exports2, module2) {
    var ETA = class {
      constructor(length, initTime, initValue) {
        this.etaBufferLength = length || 100;
        this.valueBuffer = [initValue];
        this.timeBuffer = [initTime];
        this.eta = "0";
      }
      // add new values to calculation buffer
      update(time, value, total) {
        this.valueBuffer.push(value);
        this.timeBuffer.push(time);
        this.calculate(total - value);
      }
      // fetch estimated time
      getTime() {
        return this.eta;
      }
      // eta calculation - request number of remaining events
      calculate(remaining) {
        const currentBufferSize = this.valueBuffer.length;
        const buffer = Math.min(this.etaBufferLength, currentBufferSize);
        const v_diff = this.valueBuffer[currentBufferSize - 1] - this.valueBuffer[currentBufferSize - buffer];
        const t_diff = this.timeBuffer[currentBufferSize - 1] - this.timeBuffer[currentBufferSize - buffer];
        const vt_rate = v_diff / t_diff;
        this.valueBuffer = this.valueBuffer.slice(-this.etaBufferLength);
        this.timeBuffer = this.timeBuffer.slice(-this.etaBufferLength);
        const eta = Math.ceil(remaining / vt_rate / 1e3);
        if (isNaN(eta)) {
          this.eta = "NULL";
        } else if (!isFinite(eta)) {
          this.eta = "INF";
        } else if (eta > 1e7) {
          this.eta = "INF";
        } else if (eta < 0) {
          this.eta = 0;
        } else {
          this.eta = eta;
        }
      }
    };
    module2.exports = ETA;
  }
});

// node_modules/cli-progress/lib/terminal.js
var require_terminal = __commonJS({
  "node_modules/cli-progress/lib/terminal.js"(exports2, module2) {
    var _readline = require("readline");
    var Terminal = class {
      constructor(outputStream) {
        this.stream = outputStream;
        this.linewrap = true;
        this.dy = 0;
      }
      // save cursor position + settings
      cursorSave() {
        if (!this.stream.isTTY) {
          return;
        }
        this.stream.write("\x1B7");
      }
      // restore last cursor position + settings
      cursorRestore() {
        if (!this.stream.isTTY) {
          return;
        }
        this.stream.write("\x1B8");
      }
      // show/hide cursor
      cursor(enabled) {
        if (!this.stream.isTTY) {
          return;
        }
        if (enabled) {
          this.stream.write("\x1B[?25h");
        } else {
          this.stream.write("\x1B[?25l");
        }
      }
      // change cursor positionn
      cursorTo(x2 = null, y = null) {
        if (!this.stream.isTTY) {
          return;
        }
        _readline.cursorTo(this.stream, x2, y);
      }
      // change relative cursor position
      cursorRelative(dx = null, dy = null) {
        if (!this.stream.isTTY) {
          return;
        }
        this.dy = this.dy + dy;
        _readline.moveCursor(this.stream, dx, dy);
      }
      // relative reset
      cursorRelativeReset() {
        if (!this.stream.isTTY) {
          return;
        }
        _readline.moveCursor(this.stream, 0, -this.dy);
        _readline.cursorTo(this.stream, 0, null);
        this.dy = 0;
      }
      // clear to the right from cursor
      clearRight() {
        if (!this.stream.isTTY) {
          return;
        }
        _readline.clearLine(this.stream, 1);
      }
      // clear the full line
      clearLine() {
        if (!this.stream.isTTY) {
          return;
        }
        _readline.clearLine(this.stream, 0);
      }
      // clear everyting beyond the current line
      clearBottom() {
        if (!this.stream.isTTY) {
          return;
        }
        _readline.clearScreenDown(this.stream);
      }
      // add new line; increment counter
      newline() {
        this.stream.write("\n");
        this.dy++;
      }
      // write content to output stream
      // @TODO use string-width to strip length
      write(s, rawWrite = false) {
        if (this.linewrap === true && rawWrite === false) {
          this.stream.write(s.substr(0, this.getWidth()));
        } else {
          this.stream.write(s);
        }
      }
      // control line wrapping
      lineWrapping(enabled) {
        if (!this.stream.isTTY) {
          return;
        }
        this.linewrap = enabled;
        if (enabled) {
          this.stream.write("\x1B[?7h");
        } else {
          this.stream.write("\x1B[?7l");
        }
      }
      // tty environment ?
      isTTY() {
        return this.stream.isTTY === true;
      }
      // get terminal width
      getWidth() {
        return this.stream.columns || (this.stream.isTTY ? 80 : 200);
      }
    };
    module2.exports = Terminal;
  }
});

// node_modules/ansi-regex/index.js
var require_ansi_regex = __commonJS({
  "node_modules/ansi-regex/index.js"(exports2, module2) {
    "use strict";
    module2.exports = ({ onlyFirst = false } = {}) => {
      const pattern = [
        "[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)",
        "(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))"
      ].join("|");
      return new RegExp(pattern, onlyFirst ? void 0 : "g");
    };
  }
});

// node_modules/strip-ansi/index.js
var require_strip_ansi = __commonJS({
  "node_modules/strip-ansi/index.js"(exports2, module2) {
    "use strict";
    var ansiRegex = require_ansi_regex();
    module2.exports = (string) => typeof string === "string" ? string.replace(ansiRegex(), "") : string;
  }
});

// node_modules/is-fullwidth-code-point/index.js
var require_is_fullwidth_code_point = __commonJS({
  "node_modules/is-fullwidth-code-point/index.js"(exports2, module2) {
    "use strict";
    var isFullwidthCodePoint = (codePoint) => {
      if (Number.isNaN(codePoint)) {
        return false;
      }
      if (codePoint >= 4352 && (codePoint <= 4447 || // Hangul Jamo
      codePoint === 9001 || // LEFT-POINTING ANGLE BRACKET
      codePoint === 9002 || // RIGHT-POINTING ANGLE BRACKET
      // CJK Radicals Supplement .. Enclosed CJK Letters and Months
      11904 <= codePoint && codePoint <= 12871 && codePoint !== 12351 || // Enclosed CJK Letters and Months .. CJK Unified Ideographs Extension A
      12880 <= codePoint && codePoint <= 19903 || // CJK Unified Ideographs .. Yi Radicals
      19968 <= codePoint && codePoint <= 42182 || // Hangul Jamo Extended-A
      43360 <= codePoint && codePoint <= 43388 || // Hangul Syllables
      44032 <= codePoint && codePoint <= 55203 || // CJK Compatibility Ideographs
      63744 <= codePoint && codePoint <= 64255 || // Vertical Forms
      65040 <= codePoint && codePoint <= 65049 || // CJK Compatibility Forms .. Small Form Variants
      65072 <= codePoint && codePoint <= 65131 || // Halfwidth and Fullwidth Forms
      65281 <= codePoint && codePoint <= 65376 || 65504 <= codePoint && codePoint <= 65510 || // Kana Supplement
      110592 <= codePoint && codePoint <= 110593 || // Enclosed Ideographic Supplement
      127488 <= codePoint && codePoint <= 127569 || // CJK Unified Ideographs Extension B .. Tertiary Ideographic Plane
      131072 <= codePoint && codePoint <= 262141)) {
        return true;
      }
      return false;
    };
    module2.exports = isFullwidthCodePoint;
    module2.exports.default = isFullwidthCodePoint;
  }
});

// node_modules/emoji-regex/index.js
var require_emoji_regex = __commonJS({
  "node_modules/emoji-regex/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function() {
      return /\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62(?:\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74|\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F|\uD83D\uDC68(?:\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68\uD83C\uDFFB|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFE])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83D\uDC68|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D[\uDC66\uDC67])|[\u2695\u2696\u2708]\uFE0F|\uD83D[\uDC66\uDC67]|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|(?:\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708])\uFE0F|\uD83C\uDFFB\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C[\uDFFB-\uDFFF])|(?:\uD83E\uDDD1\uD83C\uDFFB\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)\uD83C\uDFFB|\uD83E\uDDD1(?:\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1)|(?:\uD83E\uDDD1\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D(?:\uD83D[\uDC68\uDC69]))(?:\uD83C[\uDFFB-\uDFFE])|(?:\uD83E\uDDD1\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB\uDFFC])|\uD83D\uDC69(?:\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFB\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFC-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D(?:\uD83D[\uDC68\uDC69])|\uD83D[\uDC68\uDC69])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD]))|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|(?:\uD83E\uDDD1\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB-\uDFFD])|\uD83D\uDC69\u200D\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D\uDC41\uFE0F\u200D\uD83D\uDDE8|\uD83D\uDC69(?:\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708]|\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\u200D[\u2695\u2696\u2708])|(?:(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)\uFE0F|\uD83D\uDC6F|\uD83E[\uDD3C\uDDDE\uDDDF])\u200D[\u2640\u2642]|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|\u200D[\u2640\u2642])|\uD83C\uDFF4\u200D\u2620)\uFE0F|\uD83D\uDC69\u200D\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08|\uD83D\uDC15\u200D\uD83E\uDDBA|\uD83D\uDC69\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC67|\uD83C\uDDFD\uD83C\uDDF0|\uD83C\uDDF4\uD83C\uDDF2|\uD83C\uDDF6\uD83C\uDDE6|[#\*0-9]\uFE0F\u20E3|\uD83C\uDDE7(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF])|\uD83C\uDDF9(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF])|\uD83C\uDDEA(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA])|\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF7(?:\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC])|\uD83D\uDC69(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF2(?:\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF])|\uD83C\uDDE6(?:\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF])|\uD83C\uDDF0(?:\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF])|\uD83C\uDDED(?:\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA])|\uD83C\uDDE9(?:\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF])|\uD83C\uDDFE(?:\uD83C[\uDDEA\uDDF9])|\uD83C\uDDEC(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE])|\uD83C\uDDF8(?:\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF])|\uD83C\uDDEB(?:\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7])|\uD83C\uDDF5(?:\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE])|\uD83C\uDDFB(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA])|\uD83C\uDDF3(?:\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF])|\uD83C\uDDE8(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF5\uDDF7\uDDFA-\uDDFF])|\uD83C\uDDF1(?:\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE])|\uD83C\uDDFF(?:\uD83C[\uDDE6\uDDF2\uDDFC])|\uD83C\uDDFC(?:\uD83C[\uDDEB\uDDF8])|\uD83C\uDDFA(?:\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF])|\uD83C\uDDEE(?:\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9])|\uD83C\uDDEF(?:\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5])|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:\uD83C[\uDFFB-\uDFFF])|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u261D\u270A-\u270D]|\uD83C[\uDF85\uDFC2\uDFC7]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC70\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDCAA\uDD74\uDD7A\uDD90\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1C\uDD1E\uDD1F\uDD30-\uDD36\uDDB5\uDDB6\uDDBB\uDDD2-\uDDD5])(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u231A\u231B\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55]|\uD83C[\uDC04\uDCCF\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF7C\uDF7E-\uDF93\uDFA0-\uDFCA\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF4\uDFF8-\uDFFF]|\uD83D[\uDC00-\uDC3E\uDC40\uDC42-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDD7A\uDD95\uDD96\uDDA4\uDDFB-\uDE4F\uDE80-\uDEC5\uDECC\uDED0-\uDED2\uDED5\uDEEB\uDEEC\uDEF4-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])|(?:[#\*0-9\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23E9-\u23F3\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB-\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u261D\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692-\u2697\u2699\u269B\u269C\u26A0\u26A1\u26AA\u26AB\u26B0\u26B1\u26BD\u26BE\u26C4\u26C5\u26C8\u26CE\u26CF\u26D1\u26D3\u26D4\u26E9\u26EA\u26F0-\u26F5\u26F7-\u26FA\u26FD\u2702\u2705\u2708-\u270D\u270F\u2712\u2714\u2716\u271D\u2721\u2728\u2733\u2734\u2744\u2747\u274C\u274E\u2753-\u2755\u2757\u2763\u2764\u2795-\u2797\u27A1\u27B0\u27BF\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55\u3030\u303D\u3297\u3299]|\uD83C[\uDC04\uDCCF\uDD70\uDD71\uDD7E\uDD7F\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE02\uDE1A\uDE2F\uDE32-\uDE3A\uDE50\uDE51\uDF00-\uDF21\uDF24-\uDF93\uDF96\uDF97\uDF99-\uDF9B\uDF9E-\uDFF0\uDFF3-\uDFF5\uDFF7-\uDFFF]|\uD83D[\uDC00-\uDCFD\uDCFF-\uDD3D\uDD49-\uDD4E\uDD50-\uDD67\uDD6F\uDD70\uDD73-\uDD7A\uDD87\uDD8A-\uDD8D\uDD90\uDD95\uDD96\uDDA4\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA-\uDE4F\uDE80-\uDEC5\uDECB-\uDED2\uDED5\uDEE0-\uDEE5\uDEE9\uDEEB\uDEEC\uDEF0\uDEF3-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])\uFE0F|(?:[\u261D\u26F9\u270A-\u270D]|\uD83C[\uDF85\uDFC2-\uDFC4\uDFC7\uDFCA-\uDFCC]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66-\uDC78\uDC7C\uDC81-\uDC83\uDC85-\uDC87\uDC8F\uDC91\uDCAA\uDD74\uDD75\uDD7A\uDD90\uDD95\uDD96\uDE45-\uDE47\uDE4B-\uDE4F\uDEA3\uDEB4-\uDEB6\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1F\uDD26\uDD30-\uDD39\uDD3C-\uDD3E\uDDB5\uDDB6\uDDB8\uDDB9\uDDBB\uDDCD-\uDDCF\uDDD1-\uDDDD])/g;
    };
  }
});

// node_modules/string-width/index.js
var require_string_width = __commonJS({
  "node_modules/string-width/index.js"(exports2, module2) {
    "use strict";
    var stripAnsi = require_strip_ansi();
    var isFullwidthCodePoint = require_is_fullwidth_code_point();
    var emojiRegex = require_emoji_regex();
    var stringWidth = (string) => {
      if (typeof string !== "string" || string.length === 0) {
        return 0;
      }
      string = stripAnsi(string);
      if (string.length === 0) {
        return 0;
      }
      string = string.replace(emojiRegex(), "  ");
      let width = 0;
      for (let i2 = 0; i2 < string.length; i2++) {
        const code = string.codePointAt(i2);
        if (code <= 31 || code >= 127 && code <= 159) {
          continue;
        }
        if (code >= 768 && code <= 879) {
          continue;
        }
        if (code > 65535) {
          i2++;
        }
        width += isFullwidthCodePoint(code) ? 2 : 1;
      }
      return width;
    };
    module2.exports = stringWidth;
    module2.exports.default = stringWidth;
  }
});

// node_modules/cli-progress/lib/format-value.js
var require_format_value = __commonJS({
  "node_modules/cli-progress/lib/format-value.js"(exports2, module2) {
    module2.exports = function formatValue(v, options, type) {
      if (options.autopadding !== true) {
        return v;
      }
      function autopadding(value, length) {
        return (options.autopaddingChar + value).slice(-length);
      }
      switch (type) {
        case "percentage":
          return autopadding(v, 3);
        default:
          return v;
      }
    };
  }
});

// node_modules/cli-progress/lib/format-bar.js
var require_format_bar = __commonJS({
  "node_modules/cli-progress/lib/format-bar.js"(exports2, module2) {
    module2.exports = function formatBar(progress, options) {
      const completeSize = Math.round(progress * options.barsize);
      const incompleteSize = options.barsize - completeSize;
      return options.barCompleteString.substr(0, completeSize) + options.barGlue + options.barIncompleteString.substr(0, incompleteSize);
    };
  }
});

// node_modules/cli-progress/lib/format-time.js
var require_format_time = __commonJS({
  "node_modules/cli-progress/lib/format-time.js"(exports2, module2) {
    module2.exports = function formatTime(t, options, roundToMultipleOf) {
      function round(input2) {
        if (roundToMultipleOf) {
          return roundToMultipleOf * Math.round(input2 / roundToMultipleOf);
        } else {
          return input2;
        }
      }
      function autopadding(v) {
        return (options.autopaddingChar + v).slice(-2);
      }
      if (t > 3600) {
        return autopadding(Math.floor(t / 3600)) + "h" + autopadding(round(t % 3600 / 60)) + "m";
      } else if (t > 60) {
        return autopadding(Math.floor(t / 60)) + "m" + autopadding(round(t % 60)) + "s";
      } else if (t > 10) {
        return autopadding(round(t)) + "s";
      } else {
        return autopadding(t) + "s";
      }
    };
  }
});

// node_modules/cli-progress/lib/formatter.js
var require_formatter = __commonJS({
  "node_modules/cli-progress/lib/formatter.js"(exports2, module2) {
    var _stringWidth = require_string_width();
    var _defaultFormatValue = require_format_value();
    var _defaultFormatBar = require_format_bar();
    var _defaultFormatTime = require_format_time();
    module2.exports = function defaultFormatter(options, params, payload) {
      let s = options.format;
      const formatTime = options.formatTime || _defaultFormatTime;
      const formatValue = options.formatValue || _defaultFormatValue;
      const formatBar = options.formatBar || _defaultFormatBar;
      const percentage = Math.floor(params.progress * 100) + "";
      const stopTime = params.stopTime || Date.now();
      const elapsedTime = Math.round((stopTime - params.startTime) / 1e3);
      const context = Object.assign({}, payload, {
        bar: formatBar(params.progress, options),
        percentage: formatValue(percentage, options, "percentage"),
        total: formatValue(params.total, options, "total"),
        value: formatValue(params.value, options, "value"),
        eta: formatValue(params.eta, options, "eta"),
        eta_formatted: formatTime(params.eta, options, 5),
        duration: formatValue(elapsedTime, options, "duration"),
        duration_formatted: formatTime(elapsedTime, options, 1)
      });
      s = s.replace(/\{(\w+)\}/g, function(match, key) {
        if (typeof context[key] !== "undefined") {
          return context[key];
        }
        return match;
      });
      const fullMargin = Math.max(0, params.maxWidth - _stringWidth(s) - 2);
      const halfMargin = Math.floor(fullMargin / 2);
      switch (options.align) {
        // fill start-of-line with whitespaces
        case "right":
          s = fullMargin > 0 ? " ".repeat(fullMargin) + s : s;
          break;
        // distribute whitespaces to left+right
        case "center":
          s = halfMargin > 0 ? " ".repeat(halfMargin) + s : s;
          break;
        // default: left align, no additional whitespaces
        case "left":
        default:
          break;
      }
      return s;
    };
  }
});

// node_modules/cli-progress/lib/options.js
var require_options = __commonJS({
  "node_modules/cli-progress/lib/options.js"(exports2, module2) {
    function mergeOption(v, defaultValue) {
      if (typeof v === "undefined" || v === null) {
        return defaultValue;
      } else {
        return v;
      }
    }
    module2.exports = {
      // set global options
      parse: function parse2(rawOptions, preset) {
        const options = {};
        const opt = Object.assign({}, preset, rawOptions);
        options.throttleTime = 1e3 / mergeOption(opt.fps, 10);
        options.stream = mergeOption(opt.stream, process.stderr);
        options.terminal = mergeOption(opt.terminal, null);
        options.clearOnComplete = mergeOption(opt.clearOnComplete, false);
        options.stopOnComplete = mergeOption(opt.stopOnComplete, false);
        options.barsize = mergeOption(opt.barsize, 40);
        options.align = mergeOption(opt.align, "left");
        options.hideCursor = mergeOption(opt.hideCursor, false);
        options.linewrap = mergeOption(opt.linewrap, false);
        options.barGlue = mergeOption(opt.barGlue, "");
        options.barCompleteChar = mergeOption(opt.barCompleteChar, "=");
        options.barIncompleteChar = mergeOption(opt.barIncompleteChar, "-");
        options.format = mergeOption(opt.format, "progress [{bar}] {percentage}% | ETA: {eta}s | {value}/{total}");
        options.formatTime = mergeOption(opt.formatTime, null);
        options.formatValue = mergeOption(opt.formatValue, null);
        options.formatBar = mergeOption(opt.formatBar, null);
        options.etaBufferLength = mergeOption(opt.etaBuffer, 10);
        options.etaAsynchronousUpdate = mergeOption(opt.etaAsynchronousUpdate, false);
        options.progressCalculationRelative = mergeOption(opt.progressCalculationRelative, false);
        options.synchronousUpdate = mergeOption(opt.synchronousUpdate, true);
        options.noTTYOutput = mergeOption(opt.noTTYOutput, false);
        options.notTTYSchedule = mergeOption(opt.notTTYSchedule, 2e3);
        options.emptyOnZero = mergeOption(opt.emptyOnZero, false);
        options.forceRedraw = mergeOption(opt.forceRedraw, false);
        options.autopadding = mergeOption(opt.autopadding, false);
        options.gracefulExit = mergeOption(opt.gracefulExit, false);
        return options;
      },
      // derived options: instance specific, has to be created for every bar element
      assignDerivedOptions: function assignDerivedOptions(options) {
        options.barCompleteString = options.barCompleteChar.repeat(options.barsize + 1);
        options.barIncompleteString = options.barIncompleteChar.repeat(options.barsize + 1);
        options.autopaddingChar = options.autopadding ? mergeOption(options.autopaddingChar, "   ") : "";
        return options;
      }
    };
  }
});

// node_modules/cli-progress/lib/generic-bar.js
var require_generic_bar = __commonJS({
  "node_modules/cli-progress/lib/generic-bar.js"(exports2, module2) {
    var _ETA = require_eta();
    var _Terminal = require_terminal();
    var _formatter = require_formatter();
    var _options = require_options();
    var _EventEmitter = require("events");
    module2.exports = class GenericBar extends _EventEmitter {
      constructor(options) {
        super();
        this.options = _options.assignDerivedOptions(options);
        this.terminal = this.options.terminal ? this.options.terminal : new _Terminal(this.options.stream);
        this.value = 0;
        this.startValue = 0;
        this.total = 100;
        this.lastDrawnString = null;
        this.startTime = null;
        this.stopTime = null;
        this.lastRedraw = Date.now();
        this.eta = new _ETA(this.options.etaBufferLength, 0, 0);
        this.payload = {};
        this.isActive = false;
        this.formatter = typeof this.options.format === "function" ? this.options.format : _formatter;
      }
      // internal render function
      render(forceRendering = false) {
        const params = {
          progress: this.getProgress(),
          eta: this.eta.getTime(),
          startTime: this.startTime,
          stopTime: this.stopTime,
          total: this.total,
          value: this.value,
          maxWidth: this.terminal.getWidth()
        };
        if (this.options.etaAsynchronousUpdate) {
          this.updateETA();
        }
        const s = this.formatter(this.options, params, this.payload);
        const forceRedraw = forceRendering || this.options.forceRedraw || this.options.noTTYOutput && !this.terminal.isTTY();
        if (forceRedraw || this.lastDrawnString != s) {
          this.emit("redraw-pre");
          this.terminal.cursorTo(0, null);
          this.terminal.write(s);
          this.terminal.clearRight();
          this.lastDrawnString = s;
          this.lastRedraw = Date.now();
          this.emit("redraw-post");
        }
      }
      // start the progress bar
      start(total, startValue, payload) {
        this.value = startValue || 0;
        this.total = typeof total !== "undefined" && total >= 0 ? total : 100;
        this.startValue = startValue || 0;
        this.payload = payload || {};
        this.startTime = Date.now();
        this.stopTime = null;
        this.lastDrawnString = "";
        this.eta = new _ETA(this.options.etaBufferLength, this.startTime, this.value);
        this.isActive = true;
        this.emit("start", total, startValue);
      }
      // stop the bar
      stop() {
        this.isActive = false;
        this.stopTime = Date.now();
        this.emit("stop", this.total, this.value);
      }
      // update the bar value
      // update(value, payload)
      // update(payload)
      update(arg0, arg1 = {}) {
        if (typeof arg0 === "number") {
          this.value = arg0;
          this.eta.update(Date.now(), arg0, this.total);
        }
        const payloadData = (typeof arg0 === "object" ? arg0 : arg1) || {};
        this.emit("update", this.total, this.value);
        for (const key in payloadData) {
          this.payload[key] = payloadData[key];
        }
        if (this.value >= this.getTotal() && this.options.stopOnComplete) {
          this.stop();
        }
      }
      // calculate the actual progress value
      getProgress() {
        let progress = this.value / this.total;
        if (this.options.progressCalculationRelative) {
          progress = (this.value - this.startValue) / (this.total - this.startValue);
        }
        if (isNaN(progress)) {
          progress = this.options && this.options.emptyOnZero ? 0 : 1;
        }
        progress = Math.min(Math.max(progress, 0), 1);
        return progress;
      }
      // update the bar value
      // increment(delta, payload)
      // increment(payload)
      increment(arg0 = 1, arg1 = {}) {
        if (typeof arg0 === "object") {
          this.update(this.value + 1, arg0);
        } else {
          this.update(this.value + arg0, arg1);
        }
      }
      // get the total (limit) value
      getTotal() {
        return this.total;
      }
      // set the total (limit) value
      setTotal(total) {
        if (typeof total !== "undefined" && total >= 0) {
          this.total = total;
        }
      }
      // force eta calculation update (long running processes)
      updateETA() {
        this.eta.update(Date.now(), this.value, this.total);
      }
    };
  }
});

// node_modules/cli-progress/lib/single-bar.js
var require_single_bar = __commonJS({
  "node_modules/cli-progress/lib/single-bar.js"(exports2, module2) {
    var _GenericBar = require_generic_bar();
    var _options = require_options();
    module2.exports = class SingleBar extends _GenericBar {
      constructor(options, preset) {
        super(_options.parse(options, preset));
        this.timer = null;
        if (this.options.noTTYOutput && this.terminal.isTTY() === false) {
          this.options.synchronousUpdate = false;
        }
        this.schedulingRate = this.terminal.isTTY() ? this.options.throttleTime : this.options.notTTYSchedule;
        this.sigintCallback = null;
      }
      // internal render function
      render() {
        if (this.timer) {
          clearTimeout(this.timer);
          this.timer = null;
        }
        super.render();
        if (this.options.noTTYOutput && this.terminal.isTTY() === false) {
          this.terminal.newline();
        }
        this.timer = setTimeout(this.render.bind(this), this.schedulingRate);
      }
      update(current, payload) {
        if (!this.timer) {
          return;
        }
        super.update(current, payload);
        if (this.options.synchronousUpdate && this.lastRedraw + this.options.throttleTime * 2 < Date.now()) {
          this.render();
        }
      }
      // start the progress bar
      start(total, startValue, payload) {
        if (this.options.noTTYOutput === false && this.terminal.isTTY() === false) {
          return;
        }
        if (this.sigintCallback === null && this.options.gracefulExit) {
          this.sigintCallback = this.stop.bind(this);
          process.once("SIGINT", this.sigintCallback);
          process.once("SIGTERM", this.sigintCallback);
        }
        this.terminal.cursorSave();
        if (this.options.hideCursor === true) {
          this.terminal.cursor(false);
        }
        if (this.options.linewrap === false) {
          this.terminal.lineWrapping(false);
        }
        super.start(total, startValue, payload);
        this.render();
      }
      // stop the bar
      stop() {
        if (!this.timer) {
          return;
        }
        if (this.sigintCallback) {
          process.removeListener("SIGINT", this.sigintCallback);
          process.removeListener("SIGTERM", this.sigintCallback);
          this.sigintCallback = null;
        }
        this.render();
        super.stop();
        clearTimeout(this.timer);
        this.timer = null;
        if (this.options.hideCursor === true) {
          this.terminal.cursor(true);
        }
        if (this.options.linewrap === false) {
          this.terminal.lineWrapping(true);
        }
        this.terminal.cursorRestore();
        if (this.options.clearOnComplete) {
          this.terminal.cursorTo(0, null);
          this.terminal.clearLine();
        } else {
          this.terminal.newline();
        }
      }
    };
  }
});

// node_modules/cli-progress/lib/multi-bar.js
var require_multi_bar = __commonJS({
  "node_modules/cli-progress/lib/multi-bar.js"(exports2, module2) {
    var _Terminal = require_terminal();
    var _BarElement = require_generic_bar();
    var _options = require_options();
    var _EventEmitter = require("events");
    module2.exports = class MultiBar extends _EventEmitter {
      constructor(options, preset) {
        super();
        this.bars = [];
        this.options = _options.parse(options, preset);
        this.options.synchronousUpdate = false;
        this.terminal = this.options.terminal ? this.options.terminal : new _Terminal(this.options.stream);
        this.timer = null;
        this.isActive = false;
        this.schedulingRate = this.terminal.isTTY() ? this.options.throttleTime : this.options.notTTYSchedule;
        this.loggingBuffer = [];
        this.sigintCallback = null;
      }
      // add a new bar to the stack
      create(total, startValue, payload, barOptions = {}) {
        const bar = new _BarElement(Object.assign(
          {},
          // global options
          this.options,
          // terminal instance
          {
            terminal: this.terminal
          },
          // overrides
          barOptions
        ));
        this.bars.push(bar);
        if (this.options.noTTYOutput === false && this.terminal.isTTY() === false) {
          return bar;
        }
        if (this.sigintCallback === null && this.options.gracefulExit) {
          this.sigintCallback = this.stop.bind(this);
          process.once("SIGINT", this.sigintCallback);
          process.once("SIGTERM", this.sigintCallback);
        }
        if (!this.isActive) {
          if (this.options.hideCursor === true) {
            this.terminal.cursor(false);
          }
          if (this.options.linewrap === false) {
            this.terminal.lineWrapping(false);
          }
          this.timer = setTimeout(this.update.bind(this), this.schedulingRate);
        }
        this.isActive = true;
        bar.start(total, startValue, payload);
        this.emit("start");
        return bar;
      }
      // remove a bar from the stack
      remove(bar) {
        const index = this.bars.indexOf(bar);
        if (index < 0) {
          return false;
        }
        this.bars.splice(index, 1);
        this.update();
        this.terminal.newline();
        this.terminal.clearBottom();
        return true;
      }
      // internal update routine
      update() {
        if (this.timer) {
          clearTimeout(this.timer);
          this.timer = null;
        }
        this.emit("update-pre");
        this.terminal.cursorRelativeReset();
        this.emit("redraw-pre");
        if (this.loggingBuffer.length > 0) {
          this.terminal.clearLine();
          while (this.loggingBuffer.length > 0) {
            this.terminal.write(this.loggingBuffer.shift(), true);
          }
        }
        for (let i2 = 0; i2 < this.bars.length; i2++) {
          if (i2 > 0) {
            this.terminal.newline();
          }
          this.bars[i2].render();
        }
        this.emit("redraw-post");
        if (this.options.noTTYOutput && this.terminal.isTTY() === false) {
          this.terminal.newline();
          this.terminal.newline();
        }
        this.timer = setTimeout(this.update.bind(this), this.schedulingRate);
        this.emit("update-post");
        if (this.options.stopOnComplete && !this.bars.find((bar) => bar.isActive)) {
          this.stop();
        }
      }
      stop() {
        clearTimeout(this.timer);
        this.timer = null;
        if (this.sigintCallback) {
          process.removeListener("SIGINT", this.sigintCallback);
          process.removeListener("SIGTERM", this.sigintCallback);
          this.sigintCallback = null;
        }
        this.isActive = false;
        if (this.options.hideCursor === true) {
          this.terminal.cursor(true);
        }
        if (this.options.linewrap === false) {
          this.terminal.lineWrapping(true);
        }
        this.terminal.cursorRelativeReset();
        this.emit("stop-pre-clear");
        if (this.options.clearOnComplete) {
          this.terminal.clearBottom();
        } else {
          for (let i2 = 0; i2 < this.bars.length; i2++) {
            if (i2 > 0) {
              this.terminal.newline();
            }
            this.bars[i2].render();
            this.bars[i2].stop();
          }
          this.terminal.newline();
        }
        this.emit("stop");
      }
      log(s) {
        this.loggingBuffer.push(s);
      }
    };
  }
});

// node_modules/cli-progress/presets/legacy.js
var require_legacy = __commonJS({
  "node_modules/cli-progress/presets/legacy.js"(exports2, module2) {
    module2.exports = {
      format: "progress [{bar}] {percentage}% | ETA: {eta}s | {value}/{total}",
      barCompleteChar: "=",
      barIncompleteChar: "-"
    };
  }
});

// node_modules/cli-progress/presets/shades-classic.js
var require_shades_classic = __commonJS({
  "node_modules/cli-progress/presets/shades-classic.js"(exports2, module2) {
    module2.exports = {
      format: " {bar} {percentage}% | ETA: {eta}s | {value}/{total}",
      barCompleteChar: "\u2588",
      barIncompleteChar: "\u2591"
    };
  }
});

// node_modules/cli-progress/presets/shades-grey.js
var require_shades_grey = __commonJS({
  "node_modules/cli-progress/presets/shades-grey.js"(exports2, module2) {
    module2.exports = {
      format: " \x1B[90m{bar}\x1B[0m {percentage}% | ETA: {eta}s | {value}/{total}",
      barCompleteChar: "\u2588",
      barIncompleteChar: "\u2591"
    };
  }
});

// node_modules/cli-progress/presets/rect.js
var require_rect = __commonJS({
  "node_modules/cli-progress/presets/rect.js"(exports2, module2) {
    module2.exports = {
      format: " {bar}\u25A0 {percentage}% | ETA: {eta}s | {value}/{total}",
      barCompleteChar: "\u25A0",
      barIncompleteChar: " "
    };
  }
});

// node_modules/cli-progress/presets/index.js
var require_presets = __commonJS({
  "node_modules/cli-progress/presets/index.js"(exports2, module2) {
    var _legacy = require_legacy();
    var _shades_classic = require_shades_classic();
    var _shades_grey = require_shades_grey();
    var _rect = require_rect();
    module2.exports = {
      legacy: _legacy,
      shades_classic: _shades_classic,
      shades_grey: _shades_grey,
      rect: _rect
    };
  }
});

// node_modules/cli-progress/cli-progress.js
var require_cli_progress = __commonJS({
  "node_modules/cli-progress/cli-progress.js"(exports2, module2) {
    var _SingleBar = require_single_bar();
    var _MultiBar = require_multi_bar();
    var _Presets = require_presets();
    var _Formatter = require_formatter();
    var _defaultFormatValue = require_format_value();
    var _defaultFormatBar = require_format_bar();
    var _defaultFormatTime = require_format_time();
    module2.exports = {
      Bar: _SingleBar,
      SingleBar: _SingleBar,
      MultiBar: _MultiBar,
      Presets: _Presets,
      Format: {
        Formatter: _Formatter,
        BarFormat: _defaultFormatBar,
        ValueFormat: _defaultFormatValue,
        TimeFormat: _defaultFormatTime
      }
    };
  }
});

// cli/parallel/parse-job.ts
async function parseJob(job, ctx) {
  let bytes = null;
  let grid2;
  try {
    bytes = await readBytes(job.path);
    grid2 = gridFromBytes(bytes);
  } catch (e) {
    grid2 = e;
  }
  const sha256 = bytes ? sha256Hex(bytes) : "0".repeat(64);
  return parseReceivedFile({ file: job.name, sha256, received: job.received }, grid2, ctx);
}
var init_parse_job = __esm({
  "cli/parallel/parse-job.ts"() {
    "use strict";
    init_shared();
    init_files();
    init_load_file();
  }
});

// cli/parallel/parse-pool.ts
function defaultWorkers(files) {
  const env = process.env.TTDN_WORKERS;
  if (env !== void 0 && /^\d+$/.test(env)) return Number(env);
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  return Math.min(8, Math.max(2, (0, import_node_os.availableParallelism)() - 1), files);
}
function startWorker(ctx) {
  const built = (0, import_node_path4.join)(__dirname, "parse-worker.cjs");
  const loader = (0, import_node_path4.join)(__dirname, "..", "code-cache.cjs");
  if (!__filename.endsWith(".ts") && (0, import_node_fs3.existsSync)(built))
    return (0, import_node_fs3.existsSync)(loader) ? new import_node_worker_threads.Worker(loader, { argv: [built], workerData: ctx }) : new import_node_worker_threads.Worker(built, { workerData: ctx });
  const source = (0, import_node_path4.join)(__dirname, "parse-worker.ts");
  return new import_node_worker_threads.Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, {
    eval: true,
    workerData: ctx
  });
}
async function parseInOrder(jobs, ctx, deliver, o = {}) {
  const workers = o.workers ?? defaultWorkers(jobs.length);
  if (workers <= 0 || jobs.length === 0) {
    for (let i2 = 0; i2 < jobs.length; i2++) deliver(await parseJob(jobs[i2], ctx), i2);
    return;
  }
  const plainCtx = {
    registry: ctx.registry,
    calendar: ctx.calendar,
    templates: ctx.templates
  };
  const pool = Array.from({ length: workers }, () => startWorker(plainCtx));
  const maxInFlight = o.maxInFlight ?? workers * 4;
  const done = /* @__PURE__ */ new Map();
  let next = 0;
  let turn = 0;
  try {
    await new Promise((resolve3, reject) => {
      const queued = new Map(pool.map((w) => [w, 0]));
      const dispatch = () => {
        while (next < jobs.length && next - turn < maxInFlight) {
          let w;
          for (const [x2, n] of queued) if (n < QUEUE_PER_WORKER && (!w || n < queued.get(w))) w = x2;
          if (!w) break;
          queued.set(w, queued.get(w) + 1);
          w.postMessage({ seq: next, job: jobs[next] });
          next++;
        }
        if (turn === jobs.length) resolve3();
      };
      for (const w of pool) {
        w.on("message", (m) => {
          if ("error" in m) return reject(new Error(m.error));
          done.set(m.seq, m.parsed);
          queued.set(w, queued.get(w) - 1);
          try {
            for (let p = done.get(turn); p; p = done.get(turn)) {
              done.delete(turn);
              deliver(p, turn++);
            }
          } catch (e) {
            return reject(e instanceof Error ? e : new Error(String(e)));
          }
          dispatch();
        });
        w.on("error", reject);
        w.on("exit", (code) => {
          if (turn < jobs.length) reject(new Error(`worker stopped (exit ${code})`));
        });
      }
      dispatch();
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
var import_node_os, import_node_fs3, import_node_path4, import_node_worker_threads, QUEUE_PER_WORKER, MIN_FILES_FOR_WORKERS;
var init_parse_pool = __esm({
  "cli/parallel/parse-pool.ts"() {
    "use strict";
    import_node_os = require("node:os");
    import_node_fs3 = require("node:fs");
    import_node_path4 = require("node:path");
    import_node_worker_threads = require("node:worker_threads");
    init_parse_job();
    QUEUE_PER_WORKER = 2;
    MIN_FILES_FOR_WORKERS = 8;
  }
});

// shared/xlsx-write/xml-text.ts
function xmlText(s) {
  if (!NEEDS_WORK.test(s)) return s;
  return (SUSPECT.test(s) ? s.replace(ILLEGAL, "") : s).replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1").replace(/[&<>]/g, (c) => ENTITIES[c]);
}
function xmlAttr2(s) {
  return (SUSPECT.test(s) ? s.replace(ILLEGAL, "") : s).replace(/[&<>"]/g, (c) => ENTITIES[c]);
}
function needsPreserve(s) {
  if (!s) return false;
  return isXmlSpace(s.charCodeAt(0)) || isXmlSpace(s.charCodeAt(s.length - 1)) || s.indexOf("\n") >= 0 || s.indexOf("	") >= 0 || s.indexOf("\r") >= 0;
}
var ILLEGAL, NEEDS_WORK, SUSPECT, ENTITIES, isXmlSpace;
var init_xml_text = __esm({
  "shared/xlsx-write/xml-text.ts"() {
    "use strict";
    ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
    NEEDS_WORK = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
    SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
    ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
    isXmlSpace = (c) => c <= 32 ? c === 32 || c >= 9 && c <= 13 : c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
  }
});

// shared/xlsx-write/style-table.ts
function composeLook(styles, base = false) {
  const look = base ? { font: {} } : {};
  for (const st of styles) {
    if (st.font) look.font = st.font;
    if (st.h || st.v || st.wrap) look.align = { h: st.h, v: st.v, wrap: st.wrap };
    if (st.border) look.border = st.border;
    if (st.fill) look.fill = st.fill;
    if (st.numFmt) look.numFmt = st.numFmt;
    if (st.unlocked) look.unlocked = true;
  }
  return look;
}
function borderXml(border) {
  const thin = (edge) => `<${edge} style="thin">${THIN}</${edge}>`;
  return border === "all" ? `<border>${thin("left")}${thin("right")}${thin("top")}${thin("bottom")}<diagonal/></border>` : `<border><left/><right/>${thin("top")}<bottom/><diagonal/></border>`;
}
var TEXT_FORMAT, BUILTIN_FORMATS, Pool, THIN, NORMAL_FONT, StyleTable;
var init_style_table = __esm({
  "shared/xlsx-write/style-table.ts"() {
    "use strict";
    init_xml_text();
    TEXT_FORMAT = "@";
    BUILTIN_FORMATS = {
      General: 0,
      "0": 1,
      "0.00": 2,
      "#,##0": 3,
      "#,##0.00": 4,
      "0%": 9,
      "0.00%": 10,
      "@": 49
    };
    Pool = class {
      items;
      ids = /* @__PURE__ */ new Map();
      constructor(first) {
        this.items = [...first];
        first.forEach((x2, i2) => this.ids.set(x2, i2));
      }
      id(xml) {
        let id = this.ids.get(xml);
        if (id === void 0) {
          id = this.items.push(xml) - 1;
          this.ids.set(xml, id);
        }
        return id;
      }
    };
    THIN = '<color rgb="FF000000"/>';
    NORMAL_FONT = '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>';
    StyleTable = class {
      constructor(defaultFont) {
        this.defaultFont = defaultFont;
        this.fonts = new Pool([NORMAL_FONT]);
      }
      defaultFont;
      fonts;
      fills = new Pool([
        '<fill><patternFill patternType="none"/></fill>',
        '<fill><patternFill patternType="gray125"/></fill>'
      ]);
      borders = new Pool(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
      xfs = new Pool(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
      formats = /* @__PURE__ */ new Map();
      /** The `s` index of a look; 0 is the default look (no attribute needed). */
      xf(look) {
        const numFmtId = look.numFmt === void 0 ? 0 : this.formatId(look.numFmt);
        const fontId = look.font ? this.fonts.id(this.fontXml(look.font)) : 0;
        const fillId = look.fill ? this.fills.id(
          `<fill><patternFill patternType="solid"><fgColor rgb="FF${look.fill}"/></patternFill></fill>`
        ) : 0;
        const borderId = look.border ? this.borders.id(borderXml(look.border)) : 0;
        let attrs = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
        if (numFmtId) attrs += ' applyNumberFormat="1"';
        if (fontId) attrs += ' applyFont="1"';
        if (fillId) attrs += ' applyFill="1"';
        if (borderId) attrs += ' applyBorder="1"';
        let inner = "";
        const a = look.align;
        if (a && (a.h || a.v || a.wrap)) {
          attrs += ' applyAlignment="1"';
          inner += `<alignment${a.h ? ` horizontal="${a.h}"` : ""}${a.v ? ` vertical="${a.v === "middle" ? "center" : a.v}"` : ""}${a.wrap ? ' wrapText="1"' : ""}/>`;
        }
        if (look.unlocked) {
          attrs += ' applyProtection="1"';
          inner += '<protection locked="0"/>';
        }
        return this.xfs.id(inner ? `<xf ${attrs}>${inner}</xf>` : `<xf ${attrs}/>`);
      }
      /** `xl/styles.xml`, once every look of every sheet has been asked for. */
      xml() {
        const formats = [...this.formats].filter(([, id]) => id >= 164);
        const list = (tag, items) => `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
        return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' + (formats.length ? list(
          "numFmts",
          formats.map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlAttr2(code)}"/>`)
        ) : "") + list("fonts", this.fonts.items) + list("fills", this.fills.items) + list("borders", this.borders.items) + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' + list("cellXfs", this.xfs.items) + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0"/></styleSheet>';
      }
      formatId(code) {
        const builtin = BUILTIN_FORMATS[code];
        if (builtin !== void 0) return builtin;
        let id = this.formats.get(code);
        if (id === void 0) {
          id = 164 + this.formats.size;
          this.formats.set(code, id);
        }
        return id;
      }
      /** Child order per CT_Font: b, i, u, sz, color, name, family. */
      fontXml(f) {
        const d = this.defaultFont;
        return "<font>" + (f.bold ? "<b/>" : "") + (f.italic ? "<i/>" : "") + (f.underline ? "<u/>" : "") + `<sz val="${f.size ?? d.size}"/>` + (f.color ? `<color rgb="FF${f.color}"/>` : "") + `<name val="${xmlAttr2(d.name)}"/><family val="1"/></font>`;
      }
    };
  }
});

// shared/xlsx-write/sheet-xml.ts
function cellXml(ref, xf, v) {
  const s = xf ? ` s="${xf}"` : "";
  if (typeof v === "string")
    return `<c r="${ref}"${s} t="inlineStr"><is><t${needsPreserve(v) ? ' xml:space="preserve"' : ""}>${xmlText(v)}</t></is></c>`;
  if (typeof v === "number")
    return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : `<c r="${ref}"${s}/>`;
  if (v === null) return `<c r="${ref}"${s}/>`;
  const f = `<f>${xmlAttr2(v.formula.replace(/^=/, ""))}</f>`;
  if (typeof v.result === "string") return `<c r="${ref}"${s} t="str">${f}<v>${xmlText(v.result)}</v></c>`;
  if (typeof v.result === "number" && Number.isFinite(v.result))
    return `<c r="${ref}"${s}>${f}<v>${v.result}</v></c>`;
  return `<c r="${ref}"${s}>${f}</c>`;
}
function colsXml(widths) {
  let out2 = "";
  for (let i2 = 0; i2 < widths.length; ) {
    const w = widths[i2];
    let j = i2;
    while (j + 1 < widths.length && widths[j + 1] === w) j++;
    if (typeof w === "number" && w > 0)
      out2 += `<col min="${i2 + 1}" max="${j + 1}" width="${w}" customWidth="1"/>`;
    i2 = j + 1;
  }
  return out2 ? `<cols>${out2}</cols>` : "";
}
function sheetViewXml(s, selected) {
  const attrs = `${selected ? ' tabSelected="1"' : ""}${s.state === "visible" ? ' showGridLines="0"' : ""} workbookViewId="0"`;
  const rows = s.freeze?.rows ?? 0;
  const cols = s.freeze?.cols ?? 0;
  if (!rows && !cols) return `<sheetViews><sheetView${attrs}/></sheetViews>`;
  const pane = rows && cols ? "bottomRight" : rows ? "bottomLeft" : "topRight";
  const topLeft = cellRef(rows + 1, cols + 1);
  return `<sheetViews><sheetView${attrs}><pane${cols ? ` xSplit="${cols}"` : ""}${rows ? ` ySplit="${rows}"` : ""} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
}
function inches(mm2) {
  return Math.round(mm2 / MM_PER_INCH2 * 1e6) / 1e6;
}
function printXml(s) {
  const p = s.print;
  if (!p) return "";
  const m = p.margins;
  let setup = `<pageSetup paperSize="9"${!p.fitToWidth && p.scale ? ` scale="${p.scale}"` : ""}`;
  if (p.fitToWidth) setup += ` fitToWidth="${p.pagesWide ?? 1}" fitToHeight="0"`;
  setup += ` orientation="${p.orientation}"${p.blackAndWhite ? ' blackAndWhite="1"' : ""}/>`;
  const numbersTop = p.pageNumbers === "top-centre-from-page-2" || s.pageNumbersTop;
  const headerFooter = numbersTop ? (
    // NĐ 30/2020: the page number at the top centre, from page 2 (an empty first-page header).
    `<headerFooter differentFirst="1"><oddHeader>${xmlAttr2('&C&"Times New Roman,Regular"&13&P')}</oddHeader></headerFooter>`
  ) : `<headerFooter><oddFooter>${xmlAttr2('&C&"Times New Roman"&10Trang &P/&N')}</oddFooter></headerFooter>`;
  return `<printOptions horizontalCentered="1"/><pageMargins left="${inches(m.left)}" right="${inches(m.right)}" top="${inches(m.top)}" bottom="${inches(m.bottom)}" header="${inches(m.header)}" footer="${inches(m.footer)}"/>` + setup + headerFooter;
}
function breakRows(s) {
  const rows = /* @__PURE__ */ new Set([...(s.print?.rowBreaks ?? []).map((r) => r - 1), ...s.rowBreaks ?? []]);
  return [...rows].filter((r) => r >= 1).sort((a, b) => a - b);
}
function* sheetXml(s, table, selected) {
  if (s.protection || s.validations.length)
    throw new Error(`sheet "${s.name}": protection and validations are written by the form writer`);
  const looks = new SheetLooks(s, table);
  const estimated = new Set((s.estimatedRowHeights ?? []).map((h) => h.row));
  const heights = new Map([...s.estimatedRowHeights ?? [], ...s.rowHeights].map((h) => [h.row, h.height]));
  let lastRow = Math.max(s.values.length, looks.lastRow);
  for (const r of heights.keys()) lastRow = Math.max(lastRow, r);
  const lastCol = s.values.reduce((m, r) => Math.max(m, r.length), Math.max(looks.lastCol, 1));
  const letters = Array.from({ length: lastCol + 1 }, (_, c) => c ? columnLetter(c) : "");
  const fit = Boolean(s.print?.fitToWidth);
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' + (fit ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "") + `<dimension ref="${lastRow ? `A1:${letters[lastCol]}${lastRow}` : "A1"}"/>` + sheetViewXml(s, selected) + // 15 pt rows grow to their wrapped text when opened; document sheets keep their designed 16 pt.
  (s.plainData ? '<sheetFormatPr defaultRowHeight="15"/>' : '<sheetFormatPr defaultRowHeight="16" customHeight="1"/>') + colsXml(s.columnWidths) + "<sheetData>";
  for (let r = 1; r <= lastRow; r++) {
    looks.advance(r);
    const values = s.values[r - 1];
    const empty = looks.xfOfCol;
    const filled = looks.xfOfValue;
    let cells = "";
    for (let c = 1; c <= lastCol; c++) {
      const v = values?.[c - 1] ?? null;
      const xf = c < empty.length ? v === null ? empty[c] : filled[c] : v === null ? 0 : filled[0];
      if (v !== null || xf) cells += cellXml(letters[c] + r, xf, v);
    }
    const h = heights.get(r);
    const ht = h === void 0 ? "" : ` ht="${h}"${estimated.has(r) ? "" : ' customHeight="1"'}`;
    if (cells) yield `<row r="${r}"${ht}>${cells}</row>`;
    else if (ht) yield `<row r="${r}"${ht}/>`;
  }
  let tail = "</sheetData>";
  if (s.autoFilter) tail += `<autoFilter ref="${s.autoFilter}"/>`;
  if (s.merges.length)
    tail += `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`;
  tail += printXml(s);
  const breaks = breakRows(s);
  if (breaks.length)
    tail += `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">` + breaks.map((r) => `<brk id="${r}" max="${LAST_COL_INDEX}" man="1"/>`).join("") + "</rowBreaks>";
  yield `${tail}</worksheet>`;
}
var MM_PER_INCH2, LAST_COL_INDEX, SheetLooks;
var init_sheet_xml = __esm({
  "shared/xlsx-write/sheet-xml.ts"() {
    "use strict";
    init_a1();
    init_style_sweep();
    init_style_table();
    init_xml_text();
    MM_PER_INCH2 = 25.4;
    LAST_COL_INDEX = 16383;
    SheetLooks = class {
      constructor(s, table) {
        this.table = table;
        this.base = !s.plainData;
        this.groups = [...s.styles.map((g) => g.style), { numFmt: TEXT_FORMAT }];
        this.sweep = new StyleSweep(s);
        this.lastRow = this.sweep.lastRow;
        this.lastCol = this.sweep.lastCol;
        this.xfOfCol = new Int32Array(this.lastCol + 1);
        this.xfOfValue = new Int32Array(this.lastCol + 1);
        this.xfOfValue.fill(this.xfOf("", this.base));
      }
      table;
      sweep;
      groups;
      byKey = /* @__PURE__ */ new Map();
      lastRow;
      lastCol;
      xfOfCol;
      xfOfValue;
      base;
      /** Moves to row `r` (rows in order). */
      advance(r) {
        if (!this.sweep.advance(r)) return;
        this.xfOfCol.fill(0);
        this.xfOfValue.fill(this.xfOf("", this.base));
        this.sweep.keys.forEach((key, c) => {
          if (key === void 0) return;
          this.xfOfCol[c] = this.xfOf(key, false);
          this.xfOfValue[c] = this.xfOf(key, this.base);
        });
      }
      xfOf(key, base) {
        const k = base ? `b${key}` : key;
        let xf = this.byKey.get(k);
        if (xf === void 0) {
          const groups = key ? key.split(",").map((id) => this.groups[Number(id)]) : [];
          xf = this.table.xf(composeLook(groups, base));
          this.byKey.set(k, xf);
        }
        return xf;
      }
    };
  }
});

// shared/xlsx-write/workbook-parts.ts
function contentTypesXml(sheetCount) {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i2) => `<Override PartName="/${sheetPath(i2)}" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`
  ).join("");
  return `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` + sheets + `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/></Types>`;
}
function rootRelsXml() {
  return `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;
}
function workbookRelsXml(sheetCount) {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i2) => `<Relationship Id="rId${i2 + 2}" Type="${REL}/worksheet" Target="${sheetPath(i2).slice("xl/".length)}"/>`
  ).join("");
  return `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>${sheets}</Relationships>`;
}
function corePropsXml(model) {
  return `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlAttr2(model.title)}</dc:title><dc:creator>${xmlAttr2(model.creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:modified></cp:coreProperties>`;
}
function appPropsXml() {
  return `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>ttdn</Application><DocSecurity>0</DocSecurity></Properties>`;
}
function firstVisible(sheets) {
  return Math.max(
    0,
    sheets.findIndex((s) => s.state === "visible")
  );
}
function absolute(range) {
  const box = parseRange(range);
  return box ? rangeRef(box, true) : range;
}
function builtInNames(s, i2) {
  const q = quote(s.name);
  const name = (n, body, hidden = false) => `<definedName name="${n}" localSheetId="${i2}"${hidden ? ' hidden="1"' : ""}>${nameText(body)}</definedName>`;
  const out2 = [];
  if (s.autoFilter) out2.push(name("_xlnm._FilterDatabase", `${q}!${absolute(s.autoFilter)}`, true));
  const p = s.print;
  if (p?.titleRows || p?.titleColumns) {
    const parts = [];
    if (p.titleColumns) parts.push(`${q}!$${p.titleColumns[0]}:$${p.titleColumns[1]}`);
    if (p.titleRows) parts.push(`${q}!$${p.titleRows[0]}:$${p.titleRows[1]}`);
    out2.push(name("_xlnm.Print_Titles", parts.join(",")));
  }
  if (p?.printArea) out2.push(name("_xlnm.Print_Area", `${q}!${absolute(p.printArea)}`));
  return out2;
}
function workbookXml(model) {
  const active = firstVisible(model.sheets);
  const sheets = model.sheets.map(
    (s, i2) => `<sheet name="${xmlAttr2(s.name)}" sheetId="${i2 + 1}"${s.state === "visible" ? "" : ` state="${s.state}"`} r:id="rId${i2 + 2}"/>`
  ).join("");
  const names = [
    ...model.definedNames.map(
      (n) => `<definedName name="${xmlAttr2(n.name)}">${nameText(`${quote(n.sheet)}!${absolute(n.range)}`)}</definedName>`
    ),
    ...model.sheets.flatMap(builtInNames)
  ];
  return `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="${active}"/></bookViews><sheets>${sheets}</sheets>` + (names.length ? `<definedNames>${names.join("")}</definedNames>` : "") + "</workbook>";
}
var HEAD, MAIN, REL, PKG_REL, CT, FIXED_DATE, sheetPath, quote, nameText;
var init_workbook_parts = __esm({
  "shared/xlsx-write/workbook-parts.ts"() {
    "use strict";
    init_a1();
    init_xml_text();
    HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
    MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    CT = "application/vnd.openxmlformats-officedocument";
    FIXED_DATE = "1970-01-01T00:00:00Z";
    sheetPath = (i2) => `xl/worksheets/sheet${i2 + 1}.xml`;
    quote = (sheet) => `'${sheet.replace(/'/g, "''")}'`;
    nameText = (s) => xmlAttr2(s).replace(/'/g, "&apos;");
  }
});

// shared/xlsx-write/index.ts
function* packageChunks(model, chunkChars) {
  function* part(path, pieces) {
    let buf = "";
    let first = true;
    for (const piece of pieces) {
      buf += piece;
      if (buf.length >= chunkChars) {
        yield { path, text: buf, first, final: false };
        buf = "";
        first = false;
      }
    }
    yield { path, text: buf, first, final: true };
  }
  const n = model.sheets.length;
  yield* part("[Content_Types].xml", [contentTypesXml(n)]);
  yield* part("_rels/.rels", [rootRelsXml()]);
  yield* part("docProps/core.xml", [corePropsXml(model)]);
  yield* part("docProps/app.xml", [appPropsXml()]);
  yield* part("xl/workbook.xml", [workbookXml(model)]);
  yield* part("xl/_rels/workbook.xml.rels", [workbookRelsXml(n)]);
  const styles = new StyleTable(model.defaultFont);
  const selected = firstVisible(model.sheets);
  for (let i2 = 0; i2 < n; i2++) yield* part(sheetPath(i2), sheetXml(model.sheets[i2], styles, i2 === selected));
  yield* part("xl/styles.xml", [styles.xml()]);
}
function zipTo(sink, onFailure = () => void 0) {
  let failure = null;
  const fail2 = (e) => {
    if (!failure) onFailure(failure = e);
  };
  const zip = new Zip((err2, data, final) => {
    if (err2) return fail2(err2);
    if (failure) return;
    try {
      sink(data, final);
    } catch (e) {
      fail2(e instanceof Error ? e : new Error(String(e)));
    }
  });
  return { zip, failure: () => failure };
}
async function writeXlsxWith(model, sink, entry, chunkChars = 1 << 16) {
  let settle;
  const done = new Promise((resolve3, reject) => settle = { resolve: resolve3, reject });
  done.catch(() => void 0);
  const { zip, failure } = zipTo((chunk, final) => {
    sink(chunk, final);
    if (final) settle.resolve();
  }, settle.reject);
  let file;
  for (const c of packageChunks(model, chunkChars)) {
    if (c.first) {
      file = entry(c.path);
      file.mtime = ENTRY_TIME;
      zip.add(file);
    }
    await file.push(c.text, c.final);
    const f = failure();
    if (f) throw f;
  }
  zip.end();
  await done;
}
function isStreamable(model) {
  return model.sheets.every((s) => !s.protection && !s.validations.length);
}
var ENTRY_TIME;
var init_xlsx_write = __esm({
  "shared/xlsx-write/index.ts"() {
    "use strict";
    init_esm();
    init_sheet_xml();
    init_style_table();
    init_workbook_parts();
    ENTRY_TIME = new Date(1980, 0, 1);
  }
});

// cli/xlsx/write-file.ts
async function writeModelToFile(model, path, o = {}) {
  await writeAtomically(path, async (tmp) => {
    if (!isStreamable(model)) {
      const { modelToExcelJs: modelToExcelJs2 } = await Promise.resolve().then(() => (init_write_workbook(), write_workbook_exports));
      await modelToExcelJs2(model).xlsx.writeFile(tmp);
      return;
    }
    const fd2 = (0, import_node_fs4.openSync)(tmp, "w");
    try {
      let pending = [];
      let size = 0;
      const flush = () => {
        if (size) (0, import_node_fs4.writeSync)(fd2, Buffer.concat(pending, size));
        pending = [];
        size = 0;
      };
      const deflater = new Deflater(o.maxQueuedChars ?? MAX_QUEUED_CHARS);
      try {
        await writeXlsxWith(
          model,
          (chunk, final) => {
            pending.push(chunk);
            size += chunk.length;
            if (final || size >= WRITE_BYTES) flush();
          },
          (path2) => deflater.entry(path2),
          CHUNK_CHARS
        );
      } finally {
        await deflater.close();
      }
    } finally {
      (0, import_node_fs4.closeSync)(fd2);
    }
  });
}
var import_node_fs4, import_node_worker_threads2, WRITE_BYTES, CHUNK_CHARS, LEVEL, MAX_QUEUED_CHARS, DEFLATE_THREAD, Deflater, NodeZipEntry;
var init_write_file = __esm({
  "cli/xlsx/write-file.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    import_node_worker_threads2 = require("node:worker_threads");
    init_xlsx_write();
    init_files();
    WRITE_BYTES = 1 << 20;
    CHUNK_CHARS = 1 << 18;
    LEVEL = 3;
    MAX_QUEUED_CHARS = 8 << 20;
    DEFLATE_THREAD = `
const { parentPort } = require('node:worker_threads');
const { constants, crc32, deflateRawSync } = require('node:zlib');
const sums = new Map();
parentPort.on('message', ({ id, text, final }) => {
  const sum = sums.get(id) || { crc: 0, size: 0 };
  try {
    const bytes = Buffer.from(text, 'utf8');
    sum.crc = crc32(bytes, sum.crc);
    sum.size += bytes.length;
    const finishFlush = final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
    const data = new Uint8Array(deflateRawSync(bytes, { level: ${LEVEL}, finishFlush }));
    if (final) sums.delete(id);
    else sums.set(id, sum);
    parentPort.postMessage({ id, chars: text.length, final, data, crc: sum.crc, size: sum.size }, [data.buffer]);
  } catch (e) {
    parentPort.postMessage({ id, chars: text.length, final, error: String((e && e.message) || e) });
  }
});`;
    Deflater = class {
      constructor(maxQueuedChars) {
        this.maxQueuedChars = maxQueuedChars;
        this.thread.on("message", (m) => {
          this.queued -= m.chars;
          if (this.queued <= this.maxQueuedChars) this.release();
          const entry = this.entries.get(m.id);
          if (m.final) this.entries.delete(m.id);
          if ("error" in m) this.fail(new Error(m.error));
          else entry?.receive(m.data, m.final, m.crc, m.size);
        });
        this.thread.on("error", (e) => this.fail(e));
        this.thread.on("exit", (code) => this.fail(new Error(`compressing thread stopped (exit ${code})`)));
      }
      maxQueuedChars;
      thread = new import_node_worker_threads2.Worker(DEFLATE_THREAD, { eval: true });
      entries = /* @__PURE__ */ new Map();
      queued = 0;
      waiting = [];
      nextId = 0;
      failure = null;
      entry(path) {
        const id = this.nextId++;
        const e = new NodeZipEntry(path, (text2, final) => this.send(id, text2, final));
        this.entries.set(id, e);
        return e;
      }
      send(id, text2, final) {
        if (this.failure) return void 0;
        this.queued += text2.length;
        this.thread.postMessage({ id, text: text2, final });
        return this.queued > this.maxQueuedChars ? new Promise((go) => this.waiting.push(go)) : void 0;
      }
      release() {
        for (const go of this.waiting.splice(0)) go();
      }
      /** Every open part fails (the zip then stops and the writer rejects); nothing waits any more. */
      fail(e) {
        if (this.failure) return;
        this.failure = e;
        for (const entry of this.entries.values()) entry.fail(e);
        this.entries.clear();
        this.release();
      }
      async close() {
        this.thread.removeAllListeners("exit");
        await this.thread.terminate();
      }
    };
    NodeZipEntry = class {
      constructor(filename, push) {
        this.filename = filename;
        this.push = push;
      }
      filename;
      push;
      size = 0;
      crc = 0;
      compression = 8;
      mtime;
      ondata;
      receive(data, final, crc2, size) {
        if (final) {
          this.crc = crc2;
          this.size = size;
        }
        this.ondata?.(null, data, final);
      }
      fail(e) {
        this.ondata?.(Object.assign(e, { code: 0 }), new Uint8Array(), true);
      }
    };
  }
});

// cli/commands/consolidate.ts
var consolidate_exports = {};
__export(consolidate_exports, {
  consolidateCommand: () => consolidateCommand
});
async function jobsFor(paths, received) {
  return Promise.all(
    paths.map(async (path) => {
      const name = (0, import_node_path5.basename)(path);
      return { path, name, received: received.get(name) ?? await modifiedDate(path) };
    })
  );
}
async function consolidateCommand(a, out2) {
  const received = a.received ? loadReceivedDates(a.received) : /* @__PURE__ */ new Map();
  const skipped = [];
  const files = await expandInputs(a.inputs, [a.output], skipped);
  const plans = a.plans ? await expandInputs([a.plans], [a.output], skipped) : [];
  const c = new Consolidator({
    registry: a.registry,
    calendar: a.calendar,
    kind: a.kind,
    year: a.year,
    asOf: a.asOf,
    includeRejected: a.includeRejected
  });
  const showBar = (a.progress ?? process.stderr.isTTY) && !a.json && files.length + plans.length > 5;
  const bar = showBar ? new import_cli_progress.SingleBar(
    { format: "\u0110ang \u0111\u1ECDc [{bar}] {value}/{total} t\u1EC7p  {file}", stream: process.stderr, hideCursor: true },
    import_cli_progress.Presets.shades_classic
  ) : null;
  bar?.start(files.length + plans.length, 0, { file: "" });
  const tick = (file) => bar?.increment(1, { file });
  const jobs = await jobsFor([...plans, ...files], received);
  await parseInOrder(
    jobs,
    { registry: a.registry, calendar: a.calendar },
    (p, i2) => {
      if (i2 < plans.length) c.addParsedPlan(p);
      else c.addParsed(p);
      tick(p.file.file);
    },
    { workers: a.workers }
  );
  bar?.stop();
  const result = c.finish();
  const doc = toExportDocument(result, a.registry, GENERATOR);
  const model = buildSummaryModel(result, doc, a.registry, GENERATOR);
  await writeModelToFile(model, a.output);
  const missing = result.completeness.filter((x2) => x2.status === "missing").map((x2) => x2.unit);
  const late = result.completeness.filter((x2) => x2.status === "late" && !x2.afterAsOf).map((x2) => ({ unit: x2.unit, days: x2.lateDays }));
  const afterAsOf = result.completeness.filter((x2) => x2.afterAsOf).map((x2) => ({ unit: x2.unit, received: x2.received }));
  if (a.json) {
    const j = {
      summary: a.output,
      submissions: doc.submissions,
      missing,
      late,
      afterAsOf,
      skipped,
      totals: result.totals
    };
    out2(JSON.stringify(j, null, 2));
  } else {
    const count = (st) => result.submissions.filter((s) => s.status === st).length;
    out2(
      `T\u1ED5ng h\u1EE3p ${a.kind} ${a.year} (t\xEDnh \u0111\u1EBFn ${formatDmy(a.asOf)}): ${files.length} t\u1EC7p \u2014 ${count("accepted")} ti\u1EBFp nh\u1EADn, ${count("rejected")} b\u1ECB lo\u1EA1i, ${count("superseded")} \u0111\xE3 thay th\u1EBF, ${count("unreadable")} kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c, ${count("empty")} m\u1EABu tr\u1ED1ng (ch\u01B0a \u0111i\u1EC1n, kh\xF4ng t\xEDnh l\xE0 \u0111\xE3 n\u1ED9p).`
    );
    const due = a.asOf > result.period.deadline ? "" : " \u2014 ch\u01B0a \u0111\u1EBFn h\u1EA1n";
    out2(`Ch\u01B0a n\u1ED9p (${missing.length}${due}): ${missing.join(", ") || "\u2014"}`);
    out2(`N\u1ED9p mu\u1ED9n (${late.length}): ${late.map((l) => `${l.unit} (${l.days} ng\xE0y)`).join(", ") || "\u2014"}`);
    if (afterAsOf.length)
      out2(
        `Nh\u1EADn sau ng\xE0y t\xEDnh ${formatDmy(a.asOf)} (${afterAsOf.length}, kh\xF4ng t\xEDnh l\xE0 mu\u1ED9n; ghi ng\xE0y nh\u1EADn th\u1EADt b\u1EB1ng --received): ${afterAsOf.map((x2) => `${x2.unit} (${x2.received ? formatDmy(x2.received) : "?"})`).join(", ")}`
      );
    for (const s of skipped) out2(`  \u2013 b\u1ECF qua ${s.path}: ${s.reason}`);
    for (const s of result.submissions.filter((x2) => ["rejected", "unreadable", "empty"].includes(x2.status)))
      out2(`  \u2717 ${s.file}: ${s.reason}`);
    out2(
      result.check.ok ? "\u2713 Ki\u1EC3m tra t\u1ED5ng: m\u1ECDi s\u1ED1 li\u1EC7u \u0111\u01B0\u1EE3c ti\u1EBFp nh\u1EADn \u0111\u1EC1u c\xF3 trong b\u1EA3ng t\u1ED5ng h\u1EE3p." : `\u2717 Ki\u1EC3m tra t\u1ED5ng l\u1EC7ch: ${result.check.mismatches.join("; ")}`
    );
    out2(`\u0110\xE3 ghi b\u1EA3ng t\u1ED5ng h\u1EE3p: ${a.output}`);
  }
  return { code: result.check.ok ? 0 : 2, result, doc };
}
var import_node_path5, import_cli_progress;
var init_consolidate = __esm({
  "cli/commands/consolidate.ts"() {
    "use strict";
    import_node_path5 = require("node:path");
    import_cli_progress = __toESM(require_cli_progress());
    init_shared();
    init_usage();
    init_files();
    init_parse_pool();
    init_write_file();
  }
});

// node_modules/csv-stringify/lib/utils/get.js
var charCodeOfDot, reEscapeChar, rePropName, reIsDeepProp, reIsPlainProp, getTag, isSymbol, isKey, stringToPath, castPath, toKey, get;
var init_get = __esm({
  "node_modules/csv-stringify/lib/utils/get.js"() {
    charCodeOfDot = ".".charCodeAt(0);
    reEscapeChar = /\\(\\)?/g;
    rePropName = RegExp(
      // Match anything that isn't a dot or bracket.
      `[^.[\\]]+|\\[(?:([^"'][^[]*)|(["'])((?:(?!\\2)[^\\\\]|\\\\.)*?)\\2)\\]|(?=(?:\\.|\\[\\])(?:\\.|\\[\\]|$))`,
      "g"
    );
    reIsDeepProp = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/;
    reIsPlainProp = /^\w*$/;
    getTag = function(value) {
      return Object.prototype.toString.call(value);
    };
    isSymbol = function(value) {
      const type = typeof value;
      return type === "symbol" || type === "object" && value && getTag(value) === "[object Symbol]";
    };
    isKey = function(value, object) {
      if (Array.isArray(value)) {
        return false;
      }
      const type = typeof value;
      if (type === "number" || type === "symbol" || type === "boolean" || !value || isSymbol(value)) {
        return true;
      }
      return reIsPlainProp.test(value) || !reIsDeepProp.test(value) || object != null && value in Object(object);
    };
    stringToPath = function(string) {
      const result = [];
      if (string.charCodeAt(0) === charCodeOfDot) {
        result.push("");
      }
      string.replace(rePropName, function(match, expression, quote2, subString) {
        let key = match;
        if (quote2) {
          key = subString.replace(reEscapeChar, "$1");
        } else if (expression) {
          key = expression.trim();
        }
        result.push(key);
      });
      return result;
    };
    castPath = function(value, object) {
      if (Array.isArray(value)) {
        return value;
      } else {
        return isKey(value, object) ? [value] : stringToPath(value);
      }
    };
    toKey = function(value) {
      if (typeof value === "string" || isSymbol(value)) return value;
      const result = `${value}`;
      return result == "0" && 1 / value == -Infinity ? "-0" : result;
    };
    get = function(object, path) {
      path = castPath(path, object);
      let index = 0;
      const length = path.length;
      while (object != null && index < length) {
        object = object[toKey(path[index++])];
      }
      return index && index === length ? object : void 0;
    };
  }
});

// node_modules/csv-stringify/lib/utils/is_object.js
var is_object2;
var init_is_object2 = __esm({
  "node_modules/csv-stringify/lib/utils/is_object.js"() {
    is_object2 = function(obj) {
      return typeof obj === "object" && obj !== null && !Array.isArray(obj);
    };
  }
});

// node_modules/csv-stringify/lib/api/normalize_columns.js
var normalize_columns;
var init_normalize_columns = __esm({
  "node_modules/csv-stringify/lib/api/normalize_columns.js"() {
    normalize_columns = function(columns) {
      if (columns === void 0 || columns === null) {
        return [void 0, void 0];
      }
      if (typeof columns !== "object") {
        return [Error('Invalid option "columns": expect an array or an object')];
      }
      if (!Array.isArray(columns)) {
        const newcolumns = [];
        for (const k in columns) {
          newcolumns.push({
            key: k,
            header: columns[k]
          });
        }
        columns = newcolumns;
      } else {
        const newcolumns = [];
        for (const column of columns) {
          if (typeof column === "string") {
            newcolumns.push({
              key: column,
              header: column
            });
          } else if (typeof column === "object" && column !== null && !Array.isArray(column)) {
            if (!column.key) {
              return [
                Error('Invalid column definition: property "key" is required')
              ];
            }
            if (column.header === void 0) {
              column.header = column.key;
            }
            newcolumns.push(column);
          } else {
            return [
              Error("Invalid column definition: expect a string or an object")
            ];
          }
        }
        columns = newcolumns;
      }
      return [void 0, columns];
    };
  }
});

// node_modules/csv-stringify/lib/api/CsvError.js
var CsvError2;
var init_CsvError2 = __esm({
  "node_modules/csv-stringify/lib/api/CsvError.js"() {
    CsvError2 = class _CsvError extends Error {
      constructor(code, message, ...contexts) {
        if (Array.isArray(message)) message = message.join(" ");
        super(message);
        if (Error.captureStackTrace !== void 0) {
          Error.captureStackTrace(this, _CsvError);
        }
        this.code = code;
        for (const context of contexts) {
          for (const key in context) {
            const value = context[key];
            this[key] = Buffer.isBuffer(value) ? value.toString() : value == null ? value : JSON.parse(JSON.stringify(value));
          }
        }
      }
    };
  }
});

// node_modules/csv-stringify/lib/utils/underscore.js
var underscore2;
var init_underscore2 = __esm({
  "node_modules/csv-stringify/lib/utils/underscore.js"() {
    underscore2 = function(str) {
      return str.replace(/([A-Z])/g, function(_, match) {
        return "_" + match.toLowerCase();
      });
    };
  }
});

// node_modules/csv-stringify/lib/api/normalize_options.js
var normalize_options2;
var init_normalize_options2 = __esm({
  "node_modules/csv-stringify/lib/api/normalize_options.js"() {
    init_CsvError2();
    init_normalize_columns();
    init_underscore2();
    normalize_options2 = function(opts) {
      const options = {};
      for (const opt in opts) {
        options[underscore2(opt)] = opts[opt];
      }
      if (options.bom === void 0 || options.bom === null || options.bom === false) {
        options.bom = false;
      } else if (options.bom !== true) {
        return [
          new CsvError2("CSV_OPTION_BOOLEAN_INVALID_TYPE", [
            "option `bom` is optional and must be a boolean value,",
            `got ${JSON.stringify(options.bom)}`
          ])
        ];
      }
      if (options.delimiter === void 0 || options.delimiter === null) {
        options.delimiter = ",";
      } else if (Buffer.isBuffer(options.delimiter)) {
        options.delimiter = options.delimiter.toString();
      } else if (typeof options.delimiter !== "string") {
        return [
          new CsvError2("CSV_OPTION_DELIMITER_INVALID_TYPE", [
            "option `delimiter` must be a buffer or a string,",
            `got ${JSON.stringify(options.delimiter)}`
          ])
        ];
      }
      if (options.quote === void 0 || options.quote === null) {
        options.quote = '"';
      } else if (options.quote === true) {
        options.quote = '"';
      } else if (options.quote === false) {
        options.quote = "";
      } else if (Buffer.isBuffer(options.quote)) {
        options.quote = options.quote.toString();
      } else if (typeof options.quote !== "string") {
        return [
          new CsvError2("CSV_OPTION_QUOTE_INVALID_TYPE", [
            "option `quote` must be a boolean, a buffer or a string,",
            `got ${JSON.stringify(options.quote)}`
          ])
        ];
      }
      if (options.quoted === void 0 || options.quoted === null) {
        options.quoted = false;
      } else {
      }
      if (options.escape_formulas === void 0 || options.escape_formulas === null) {
        options.escape_formulas = false;
      } else if (typeof options.escape_formulas !== "boolean") {
        return [
          new CsvError2("CSV_OPTION_ESCAPE_FORMULAS_INVALID_TYPE", [
            "option `escape_formulas` must be a boolean,",
            `got ${JSON.stringify(options.escape_formulas)}`
          ])
        ];
      }
      if (options.quoted_empty === void 0 || options.quoted_empty === null) {
        options.quoted_empty = void 0;
      } else {
      }
      if (options.quoted_match === void 0 || options.quoted_match === null || options.quoted_match === false) {
        options.quoted_match = null;
      } else if (!Array.isArray(options.quoted_match)) {
        options.quoted_match = [options.quoted_match];
      }
      if (options.quoted_match) {
        for (const quoted_match of options.quoted_match) {
          const isString = typeof quoted_match === "string";
          const isRegExp = quoted_match instanceof RegExp;
          if (!isString && !isRegExp) {
            return [
              new CsvError2("CSV_OPTION_QUOTED_MATCH", [
                "option `quoted_match` must be a string or a regex,",
                `got ${JSON.stringify(options.quoted_match)}`
              ])
            ];
          }
        }
      }
      if (options.quoted_string === void 0 || options.quoted_string === null) {
        options.quoted_string = false;
      } else {
      }
      if (options.eof === void 0 || options.eof === null) {
        options.eof = true;
      } else {
      }
      if (options.escape === void 0 || options.escape === null) {
        options.escape = '"';
      } else if (Buffer.isBuffer(options.escape)) {
        options.escape = options.escape.toString();
      } else if (typeof options.escape !== "string") {
        return [
          Error(
            `Invalid Option: escape must be a buffer or a string, got ${JSON.stringify(options.escape)}`
          )
        ];
      }
      if (options.escape.length > 1) {
        return [
          Error(
            `Invalid Option: escape must be one character, got ${options.escape.length} characters`
          )
        ];
      }
      if (options.header === void 0 || options.header === null || options.header === false) {
        options.header = false;
      } else if (options.header !== true) {
        throw new CsvError2(
          "CSV_INVALID_OPTION_HEADER",
          [
            "option `header` is expected to be a boolean,",
            `got ${JSON.stringify(options.header)}`
          ],
          options
        );
      }
      if (options.header_as_comment === void 0 || options.header_as_comment === null || options.header_as_comment === false) {
        options.header_as_comment = false;
      } else if (options.header_as_comment === true) {
        options.header_as_comment = "#";
      } else if (Buffer.isBuffer(options.header_as_comment)) {
        options.header_as_comment = options.header_as_comment.toString();
      } else if (typeof options.header_as_comment !== "string") {
        throw new CsvError2(
          "CSV_INVALID_OPTION_HEADER_AS_COMMENT",
          [
            "option `header_as_comment` must be a boolean, a string or a buffer,",
            `got ${JSON.stringify(options.header_as_comment)}`
          ],
          options
        );
      }
      const [errColumns, columns] = normalize_columns(options.columns);
      if (errColumns !== void 0) return [errColumns];
      options.columns = columns;
      if (options.quoted === void 0 || options.quoted === null) {
        options.quoted = false;
      } else {
      }
      if (options.cast === void 0 || options.cast === null) {
        options.cast = {};
      } else {
      }
      if (options.cast.bigint === void 0 || options.cast.bigint === null) {
        options.cast.bigint = (value) => "" + value;
      }
      if (options.cast.boolean === void 0 || options.cast.boolean === null) {
        options.cast.boolean = (value) => value ? "1" : "";
      }
      if (options.cast.date === void 0 || options.cast.date === null) {
        options.cast.date = (value) => "" + value.getTime();
      }
      if (options.cast.number === void 0 || options.cast.number === null) {
        options.cast.number = (value) => "" + value;
      }
      if (options.cast.object === void 0 || options.cast.object === null) {
        options.cast.object = (value) => JSON.stringify(value);
      }
      if (options.cast.string === void 0 || options.cast.string === null) {
        options.cast.string = function(value) {
          return value;
        };
      }
      if (options.on_record !== void 0 && typeof options.on_record !== "function") {
        return [Error(`Invalid Option: "on_record" must be a function.`)];
      }
      if (options.quote_record_delimiter === void 0 || options.quote_record_delimiter === null) {
        options.quote_record_delimiter = !options.record_delimiter;
      } else if (typeof options.quote_record_delimiter !== "boolean") {
        return [
          new CsvError2("CSV_OPTION_QUOTE_RECORD_DELIMITER_INVALID_TYPE", [
            "option `quote_record_delimiter` must be a boolean,",
            `got ${JSON.stringify(options.quote_record_delimiter)}`
          ])
        ];
      }
      if (options.record_delimiter === void 0 || options.record_delimiter === null) {
        options.record_delimiter = "\n";
      } else if (Buffer.isBuffer(options.record_delimiter)) {
        options.record_delimiter = options.record_delimiter.toString();
      } else if (typeof options.record_delimiter !== "string") {
        return [
          Error(
            `Invalid Option: record_delimiter must be a buffer or a string, got ${JSON.stringify(options.record_delimiter)}`
          )
        ];
      }
      switch (options.record_delimiter) {
        case "unix":
          options.record_delimiter = "\n";
          break;
        case "mac":
          options.record_delimiter = "\r";
          break;
        case "windows":
          options.record_delimiter = "\r\n";
          break;
        case "ascii":
          options.record_delimiter = "";
          break;
        case "unicode":
          options.record_delimiter = "\u2028";
          break;
      }
      return [void 0, options];
    };
  }
});

// node_modules/csv-stringify/lib/api/index.js
var bom_utf8, emits_separator, matches_quoted_match, stringifier;
var init_api2 = __esm({
  "node_modules/csv-stringify/lib/api/index.js"() {
    init_get();
    init_is_object2();
    init_normalize_columns();
    init_normalize_options2();
    bom_utf8 = Buffer.from([239, 187, 191]);
    emits_separator = function(value, separators) {
      return separators.some(
        (separator) => separator.length !== 0 && (value.indexOf(separator) !== -1 || separator.length > 1 && (value + separator).indexOf(separator) < value.length)
      );
    };
    matches_quoted_match = function(value, quoted_match) {
      if (!quoted_match) return false;
      return quoted_match.some(
        (pattern) => typeof pattern === "string" ? value.indexOf(pattern) !== -1 : value.search(pattern) !== -1
      );
    };
    stringifier = function(options, state, info) {
      return {
        options,
        state,
        info,
        __transform: function(chunk, push) {
          if (!Array.isArray(chunk) && typeof chunk !== "object") {
            return Error(
              `Invalid Record: expect an array or an object, got ${JSON.stringify(chunk)}`
            );
          }
          if (this.info.records === 0) {
            if (Array.isArray(chunk)) {
              if (this.options.header === true && this.options.columns === void 0) {
                return Error(
                  "Undiscoverable Columns: header option requires column option or object records"
                );
              }
            } else if (this.options.columns === void 0) {
              const [err3, columns] = normalize_columns(Object.keys(chunk));
              if (err3) return;
              this.options.columns = columns;
            }
          }
          if (this.info.records === 0) {
            this.bom(push);
            const err3 = this.headers(push);
            if (err3) return err3;
          }
          try {
            if (this.options.on_record) {
              this.options.on_record(chunk, this.info.records);
            }
          } catch (err3) {
            return err3;
          }
          let err2, chunk_string;
          if (this.options.eof) {
            [err2, chunk_string] = this.stringify(chunk);
            if (err2) return err2;
            if (chunk_string === void 0) {
              return;
            } else {
              chunk_string = chunk_string + this.options.record_delimiter;
            }
          } else {
            [err2, chunk_string] = this.stringify(chunk);
            if (err2) return err2;
            if (chunk_string === void 0) {
              return;
            } else {
              if (this.options.header || this.info.records) {
                chunk_string = this.options.record_delimiter + chunk_string;
              }
            }
          }
          this.info.records++;
          push(chunk_string);
        },
        stringify: function(chunk, chunkIsHeader = false) {
          if (typeof chunk !== "object") {
            return [void 0, chunk];
          }
          const { columns } = this.options;
          const record = [];
          if (Array.isArray(chunk)) {
            const length = columns ? Math.min(chunk.length, columns.length) : chunk.length;
            for (let i2 = 0; i2 < length; i2++) {
              const field = chunk[i2];
              const [err2, value] = this.__cast(field, {
                index: i2,
                column: i2,
                records: this.info.records,
                header: chunkIsHeader
              });
              if (err2) return [err2];
              record[i2] = [value, field];
            }
          } else {
            for (let i2 = 0; i2 < columns.length; i2++) {
              const field = get(chunk, columns[i2].key);
              const [err2, value] = this.__cast(field, {
                index: i2,
                column: columns[i2].key,
                records: this.info.records,
                header: chunkIsHeader
              });
              if (err2) return [err2];
              record[i2] = [value, field];
            }
          }
          let csvrecord = "";
          for (let i2 = 0; i2 < record.length; i2++) {
            let options2, err2;
            let [value, field] = record[i2];
            if (typeof value === "string") {
              options2 = this.options;
            } else if (is_object2(value)) {
              options2 = { ...value };
              value = options2.value;
              delete options2.value;
              if (typeof value !== "string" && value !== void 0 && value !== null) {
                if (err2)
                  return [
                    Error(
                      `Invalid Casting Value: returned value must return a string, null or undefined, got ${JSON.stringify(value)}`
                    )
                  ];
              }
              options2 = { ...this.options, ...options2 };
              [err2, options2] = normalize_options2(options2);
              if (err2 !== void 0) {
                return [err2];
              }
            } else if (value === void 0 || value === null) {
              options2 = this.options;
            } else {
              return [
                Error(
                  `Invalid Casting Value: returned value must return a string, an object, null or undefined, got ${JSON.stringify(value)}`
                )
              ];
            }
            const {
              delimiter,
              escape,
              quote: quote2,
              quoted,
              quoted_empty,
              quoted_string,
              quoted_match,
              record_delimiter,
              quote_record_delimiter,
              escape_formulas
            } = options2;
            if ("" === value && "" === field) {
              const quotedMatch = matches_quoted_match(value, quoted_match);
              const shouldQuote = quotedMatch || true === quoted_empty || true === quoted_string && false !== quoted_empty;
              if (shouldQuote === true) {
                value = quote2 + value + quote2;
              }
              csvrecord += value;
            } else if (value) {
              if (typeof value !== "string") {
                return [
                  Error(
                    `Formatter must return a string, null or undefined, got ${JSON.stringify(value)}`
                  )
                ];
              }
              const containsdelimiter = emits_separator(value, [delimiter]);
              const containsQuote = quote2 !== "" && value.indexOf(quote2) >= 0;
              const containsEscape = value.indexOf(escape) >= 0 && escape !== quote2;
              const containsRecordDelimiter = emits_separator(value, [
                record_delimiter,
                ...quote_record_delimiter === false ? [] : ["\n", "\r"]
              ]);
              const quotedString = quoted_string && typeof field === "string";
              const quotedMatch = matches_quoted_match(value, quoted_match);
              if (escape_formulas) {
                switch (value[0]) {
                  case "-":
                    if (typeof field === "number" || typeof field === "bigint") {
                      break;
                    }
                    value = `'${value}`;
                    break;
                  case "=":
                  case "+":
                  case "@":
                  case "	":
                  case "\r":
                  case "\uFF1D":
                  // Unicode '='
                  case "\uFF0B":
                  // Unicode '+'
                  case "\uFF0D":
                  // Unicode '-'
                  case "\uFF20":
                    value = `'${value}`;
                    break;
                }
              }
              const shouldQuote = containsQuote === true || containsdelimiter || containsRecordDelimiter || quoted || quotedString || quotedMatch;
              if (shouldQuote === true && containsEscape === true) {
                value = value.replaceAll(escape, () => escape + escape);
              }
              if (containsQuote === true) {
                value = value.replaceAll(quote2, () => escape + quote2);
              }
              if (shouldQuote === true) {
                value = quote2 + value + quote2;
              }
              csvrecord += value;
            } else if (quoted_empty === true || field === "" && quoted_string === true && quoted_empty !== false) {
              csvrecord += quote2 + quote2;
            }
            if (i2 !== record.length - 1) {
              csvrecord += delimiter;
            }
          }
          return [void 0, csvrecord];
        },
        bom: function(push) {
          if (this.options.bom !== true) {
            return;
          }
          push(bom_utf8);
        },
        headers: function(push) {
          if (this.options.header === false) {
            return;
          }
          if (this.options.columns === void 0) {
            return;
          }
          let err2;
          let headers = this.options.columns.map((column) => column.header);
          if (this.options.eof) {
            [err2, headers] = this.stringify(headers, true);
            headers += this.options.record_delimiter;
          } else {
            [err2, headers] = this.stringify(headers, true);
          }
          if (err2) return err2;
          if (this.options.header_as_comment) {
            headers = this.options.header_as_comment + " " + headers;
          }
          push(headers);
        },
        __cast: function(value, context) {
          const type = typeof value;
          try {
            if (type === "string") {
              return [void 0, this.options.cast.string(value, context)];
            } else if (type === "bigint") {
              return [void 0, this.options.cast.bigint(value, context)];
            } else if (type === "number") {
              return [void 0, this.options.cast.number(value, context)];
            } else if (type === "boolean") {
              return [void 0, this.options.cast.boolean(value, context)];
            } else if (value instanceof Date) {
              return [void 0, this.options.cast.date(value, context)];
            } else if (type === "object" && value !== null) {
              return [void 0, this.options.cast.object(value, context)];
            } else if (value === null && this.options.cast.null !== void 0) {
              return [void 0, this.options.cast.null(value, context)];
            } else if (value === void 0 && this.options.cast.undefined !== void 0) {
              return [void 0, this.options.cast.undefined(value, context)];
            } else {
              return [void 0, value];
            }
          } catch (err2) {
            return [err2];
          }
        }
      };
    };
  }
});

// node_modules/csv-stringify/lib/sync.js
var stringify;
var init_sync2 = __esm({
  "node_modules/csv-stringify/lib/sync.js"() {
    init_api2();
    init_normalize_options2();
    stringify = function(records, opts = {}) {
      const data = [];
      const [err2, options] = normalize_options2(opts);
      if (err2 !== void 0) throw err2;
      const state = {
        stop: false
      };
      const info = {
        records: 0
      };
      const api = stringifier(options, state, info);
      for (const record of records) {
        const err3 = api.__transform(record, function(record2) {
          data.push(record2);
        });
        if (err3 !== void 0) throw err3;
      }
      if (data.length === 0) {
        api.bom((d) => {
          data.push(d);
        });
        const err3 = api.headers((headers) => {
          data.push(headers);
        });
        if (err3 !== void 0) throw err3;
      }
      return data.join("");
    };
  }
});

// shared/export/province-report-docx.ts
function para(text2, look = {}) {
  return new import_docx.Paragraph({
    alignment: look.align ?? import_docx.AlignmentType.LEFT,
    indent: look.indent ? { firstLine: look.indent } : void 0,
    spacing: { after: look.after ?? 0, before: look.before ?? 0 },
    keepNext: look.keepNext,
    // A line break the unit typed inside its text stays a line break (a run's "\n" would not).
    children: text2.split("\n").map(
      (line, i2) => new import_docx.TextRun({
        text: line,
        break: i2 > 0 ? 1 : void 0,
        font: FONT,
        size: pt(look.size ?? 13),
        bold: look.bold,
        italics: look.italics
      })
    )
  });
}
function rule(cellWidth, ruleWidth) {
  const side = Math.max(0, Math.round((cellWidth - ruleWidth) / 2));
  return new import_docx.Paragraph({
    indent: { left: side, right: side },
    spacing: { after: 60 },
    border: { bottom: { style: import_docx.BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [new import_docx.TextRun({ text: "", font: FONT, size: pt(4) })]
  });
}
function borderless(widths, cells) {
  return new import_docx.Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: import_docx.WidthType.DXA },
    columnWidths: widths,
    layout: import_docx.TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new import_docx.TableRow({
        cantSplit: true,
        children: cells.map(
          (children, i2) => new import_docx.TableCell({ width: { size: widths[i2], type: import_docx.WidthType.DXA }, borders: NO_BORDERS, children })
        )
      })
    ]
  });
}
function headerBlocks(c) {
  const left = Math.round(BODY_WIDTH * 0.4);
  const right = BODY_WIDTH - left;
  const center = { align: import_docx.AlignmentType.CENTER };
  return borderless(
    [left, right],
    [
      [
        para(c.parentBody.toUpperCase(), { ...center, size: 12 }),
        para(c.issuer.toUpperCase(), { ...center, size: 12, bold: true }),
        rule(left, left / 3),
        para(c.docNumber, { ...center, size: 13 })
      ],
      [
        para("C\u1ED8NG H\xD2A X\xC3 H\u1ED8I CH\u1EE6 NGH\u0128A VI\u1EC6T NAM", { ...center, size: 12, bold: true }),
        para("\u0110\u1ED9c l\u1EADp - T\u1EF1 do - H\u1EA1nh ph\xFAc", { ...center, size: 13, bold: true }),
        rule(right, mm(56)),
        para(c.dateLine, { ...center, size: 13, italics: true })
      ]
    ]
  );
}
function joinChunks(paragraphs) {
  const out2 = [];
  const prefix = `${PROVINCE_REPORT_TEXTS.continued} `;
  for (const p of paragraphs) {
    if (p.startsWith(prefix) && out2.length) out2[out2.length - 1] += ` ${p.slice(prefix.length)}`;
    else out2.push(p);
  }
  return out2;
}
function section(s, keepLast = false) {
  const paragraphs = joinChunks(s.paragraphs);
  const keepFrom = !keepLast ? Infinity : paragraphs.length <= 3 ? 0 : paragraphs.length - 1;
  return [
    para(s.heading, { bold: true, before: 120, after: 60, keepNext: true }),
    ...paragraphs.map(
      (p, i2) => para(p, {
        align: import_docx.AlignmentType.JUSTIFIED,
        indent: mm(10),
        after: 80,
        keepNext: i2 >= keepFrom
      })
    )
  ];
}
function cell(text2, width, look) {
  return new import_docx.TableCell({
    width: { size: width, type: import_docx.WidthType.DXA },
    verticalAlign: look.header ? import_docx.VerticalAlign.CENTER : import_docx.VerticalAlign.TOP,
    margins: { top: 30, bottom: 30, left: 70, right: 70 },
    children: [
      new import_docx.Paragraph({
        alignment: look.align ?? (look.header ? import_docx.AlignmentType.CENTER : import_docx.AlignmentType.LEFT),
        children: [
          new import_docx.TextRun({ text: text2, font: FONT, size: pt(look.size ?? 12), bold: look.bold || look.header })
        ]
      })
    ]
  });
}
function grid(cols, rows, opts = {}) {
  const total = cols.reduce((a, c) => a + c.width, 0);
  const size = opts.size ?? 12;
  return new import_docx.Table({
    width: { size: total, type: import_docx.WidthType.DXA },
    columnWidths: cols.map((c) => c.width),
    layout: import_docx.TableLayoutType.FIXED,
    borders: {
      top: THIN2,
      bottom: THIN2,
      left: THIN2,
      right: THIN2,
      insideHorizontal: THIN2,
      insideVertical: THIN2
    },
    rows: [
      new import_docx.TableRow({
        tableHeader: true,
        cantSplit: true,
        children: cols.map((c) => cell(c.header, c.width, { header: true, size }))
      }),
      ...rows.map(
        (r, i2) => new import_docx.TableRow({
          cantSplit: true,
          children: r.map(
            (v, j) => cell(v, cols[j].width, {
              size,
              align: cols[j].align,
              bold: opts.boldLast && i2 === rows.length - 1
            })
          )
        })
      )
    ]
  });
}
function vnNumber(n) {
  const [i2, f] = String(Math.round(Math.abs(n) * 1e3) / 1e3).split(".");
  const int = `${n < 0 ? "-" : ""}${i2.replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;
  return f ? `${int},${f}` : int;
}
function groupTable2(c) {
  const H = PROVINCE_REPORT_TEXTS.groupHeaders;
  const w = (share) => Math.round(BODY_WIDTH * share);
  const R = import_docx.AlignmentType.RIGHT;
  const C = import_docx.AlignmentType.CENTER;
  if (c.isPlan) {
    const cols2 = [
      { header: H.stt, width: w(0.07), align: C },
      { header: H.group, width: w(0.47) },
      { header: H.countPlan, width: w(0.14), align: R },
      { header: H.units, width: w(0.14), align: R },
      { header: H.budget, width: BODY_WIDTH - w(0.07) - w(0.47) - 2 * w(0.14), align: R }
    ];
    const row2 = (g, stt) => [
      stt,
      g.group,
      vnNumber(g.activities),
      vnNumber(g.units),
      vnNumber(g.budget)
    ];
    return grid(cols2, [...c.groups.map((g, i2) => row2(g, String(i2 + 1))), row2(c.totals, "")], {
      boldLast: true
    });
  }
  const narrow = w(0.08);
  const cols = [
    { header: H.stt, width: w(0.07), align: C },
    { header: H.group, width: 0, align: void 0 },
    { header: H.count, width: narrow, align: R },
    { header: H.done, width: narrow, align: R },
    { header: H.inProgress, width: narrow, align: R },
    { header: H.notDone, width: narrow, align: R },
    { header: H.unplanned, width: narrow, align: R },
    { header: H.budget, width: w(0.125), align: R },
    { header: H.percent, width: w(0.1), align: R }
  ];
  cols[1].width = BODY_WIDTH - cols.reduce((a, x2) => a + x2.width, 0);
  const row = (g, stt) => [
    stt,
    g.group,
    vnNumber(g.activities),
    vnNumber(g.done),
    vnNumber(g.inProgress),
    vnNumber(g.notDone),
    vnNumber(g.unplanned),
    vnNumber(g.budget),
    g.percentDone === null ? PROVINCE_REPORT_TEXTS.percentNone : percentText(g.percentDone)
  ];
  return grid(cols, [...c.groups.map((g, i2) => row(g, String(i2 + 1))), row(c.totals, "")], {
    boldLast: true
  });
}
function indicatorTable2(c) {
  const H = PROVINCE_REPORT_TEXTS.indicatorHeaders;
  const w = (share) => Math.round(BODY_WIDTH * share);
  const cols = [
    { header: H.code, width: w(0.09), align: import_docx.AlignmentType.CENTER },
    { header: H.name, width: 0 },
    { header: H.unit, width: w(0.15), align: import_docx.AlignmentType.CENTER },
    { header: H.total, width: w(0.16), align: import_docx.AlignmentType.RIGHT }
  ];
  cols[1].width = BODY_WIDTH - cols.reduce((a, x2) => a + x2.width, 0);
  return grid(
    cols,
    c.indicators.map((i2) => [i2.code, i2.name, i2.unit, vnNumber(i2.total)])
  );
}
function closing(c) {
  const left = Math.round(BODY_WIDTH * 0.45);
  const right = BODY_WIDTH - left;
  const center = { align: import_docx.AlignmentType.CENTER };
  const signer = [
    ...c.signer.capacity ? [para(c.signer.capacity, { ...center, bold: true })] : [],
    para(c.signer.title, { ...center, bold: true }),
    para(PROVINCE_REPORT_TEXTS.signerNote, { ...center, italics: true }),
    ...Array.from({ length: 4 }, () => para("", center)),
    para(c.signer.name, { ...center, bold: true })
  ];
  return borderless(
    [left, right],
    [
      [
        para(PROVINCE_REPORT_TEXTS.recipientsTitle, { size: 12, bold: true, italics: true }),
        ...c.recipients.map((r) => para(`- ${r}`, { size: 11 }))
      ],
      signer
    ]
  );
}
function appendixByUnit(c) {
  const H = PROVINCE_REPORT_TEXTS.groupHeaders;
  const byUnit = /* @__PURE__ */ new Map();
  for (const a of c.activities) {
    const s = byUnit.get(a.unit) ?? {
      group: a.unitName,
      activities: 0,
      units: 1,
      done: 0,
      inProgress: 0,
      notDone: 0,
      unplanned: 0,
      budget: 0,
      percentDone: null
    };
    s.activities++;
    if (typeof a.values.kinhPhi === "number")
      s.budget = Math.round((s.budget + a.values.kinhPhi) * 1e3) / 1e3;
    const st = foldKey(String(a.values.tinhTrang ?? ""));
    if (st === FOLDED.done) s.done++;
    else if (st === FOLDED.inProgress) s.inProgress++;
    else if (st === FOLDED.notDone) s.notDone++;
    else if (st === FOLDED.unplanned) s.unplanned++;
    byUnit.set(a.unit, s);
  }
  const w = (share) => Math.round(LANDSCAPE_WIDTH * share);
  const R = import_docx.AlignmentType.RIGHT;
  const cols = [
    { header: H.stt, width: w(0.06), align: import_docx.AlignmentType.CENTER },
    { header: PROVINCE_REPORT_TEXTS.appendixUnit, width: w(0.36) },
    { header: c.isPlan ? H.countPlan : H.count, width: w(0.1), align: R },
    { header: H.done, width: w(0.1), align: R },
    { header: H.inProgress, width: w(0.1), align: R },
    { header: H.notDone, width: w(0.1), align: R },
    { header: H.unplanned, width: w(0.08), align: R },
    { header: H.budget, width: w(0.1), align: R }
  ];
  return grid(
    cols,
    [...byUnit.values()].map((s, i2) => [
      String(i2 + 1),
      s.group,
      vnNumber(s.activities),
      vnNumber(s.done),
      vnNumber(s.inProgress),
      vnNumber(s.notDone),
      vnNumber(s.unplanned),
      vnNumber(s.budget)
    ]),
    { size: 11 }
  );
}
function appendixTable(c) {
  const shares = [APPENDIX_STT_SHARE, 0.1, ...c.columns.map((col) => APPENDIX_SHARES[col.key] ?? 0.08)];
  const sum = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => Math.floor(LANDSCAPE_WIDTH * s / sum));
  const cols = [
    { header: PROVINCE_REPORT_TEXTS.groupHeaders.stt, width: widths[0], align: import_docx.AlignmentType.CENTER },
    { header: PROVINCE_REPORT_TEXTS.appendixUnit, width: widths[1] },
    ...c.columns.map((col, i2) => ({
      header: col.header,
      width: widths[i2 + 2],
      align: col.key === "kinhPhi" ? import_docx.AlignmentType.RIGHT : void 0
    }))
  ];
  const text2 = (v) => v === null ? "" : typeof v === "number" ? vnNumber(v) : v;
  return grid(
    cols,
    c.activities.map((a, i2) => [
      String(i2 + 1),
      a.unitName,
      ...c.columns.map((col) => text2(a.values[col.key] ?? null))
    ]),
    { size: 11 }
  );
}
function pageNumberHeader() {
  return new import_docx.Header({
    children: [
      new import_docx.Paragraph({
        alignment: import_docx.AlignmentType.CENTER,
        children: [new import_docx.TextRun({ children: [import_docx.PageNumber.CURRENT], font: FONT, size: pt(13) })]
      })
    ]
  });
}
function provinceReportDocument(c, generator) {
  const center = { align: import_docx.AlignmentType.CENTER };
  const body = [
    headerBlocks(c),
    para(c.title, { ...center, size: 14, bold: true, before: 360, after: 60 }),
    ...c.topic ? [para(c.topic, { ...center, size: 14, bold: true, after: 60 })] : [],
    para(c.subtitle, { ...center, italics: true, after: 240 }),
    ...c.before.flatMap((s) => section(s)),
    para(c.isPlan ? PROVINCE_REPORT_TEXTS.headings.nhiemVu : PROVINCE_REPORT_TEXTS.headings.ketQua, {
      bold: true,
      before: 120,
      after: 60,
      keepNext: true
    }),
    ...c.taskIntro.map((p) => para(p, { align: import_docx.AlignmentType.JUSTIFIED, indent: mm(10), after: 80 })),
    para(c.isPlan ? PROVINCE_REPORT_TEXTS.headings.nhomPlan : PROVINCE_REPORT_TEXTS.headings.nhom, { bold: true, after: 60, keepNext: true }),
    groupTable2(c),
    ...c.planSummary ? [para(c.planSummary, { align: import_docx.AlignmentType.JUSTIFIED, indent: mm(10), before: 120 })] : [],
    ...c.indicators.length ? [para(PROVINCE_REPORT_TEXTS.headings.chiTieu, { bold: true, before: 160, after: 60, keepNext: true }), indicatorTable2(c)] : [],
    // The signature block never stands alone on a page: the last paragraph comes with it.
    ...c.after.flatMap((s, i2) => section(s, i2 === c.after.length - 1)),
    para("", { after: 120, keepNext: true }),
    closing(c)
  ];
  const tooLong = c.activities.length > DOCX_APPENDIX_MAX_ROWS;
  const appendix2 = [
    para(PROVINCE_REPORT_TEXTS.appendixTitle(c.isPlan), { ...center, bold: true, size: 14 }),
    para(PROVINCE_REPORT_TEXTS.appendixOf(c.docNumber, c.isPlan), { ...center, italics: true, after: 160 }),
    ...tooLong ? [
      para(PROVINCE_REPORT_TEXTS.appendixByUnit(c.activities.length, DOCX_APPENDIX_MAX_ROWS, SUMMARY_SHEETS.activities), {
        italics: true,
        size: 12,
        after: 120
      }),
      appendixByUnit(c)
    ] : [appendixTable(c)]
  ];
  return new import_docx.Document({
    creator: generator,
    title: c.topic ? `${c.title} ${c.topic}` : c.title,
    styles: { default: { document: { run: { font: FONT, size: pt(13) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { ...A4, orientation: import_docx.PageOrientation.PORTRAIT }, margin: MARGIN }
        },
        headers: { default: pageNumberHeader(), first: new import_docx.Header({ children: [] }) },
        children: body
      },
      {
        properties: {
          page: { size: { ...A4, orientation: import_docx.PageOrientation.LANDSCAPE }, margin: LANDSCAPE_MARGIN }
        },
        headers: { default: pageNumberHeader() },
        children: appendix2
      }
    ]
  });
}
async function provinceReportDocx(c, generator) {
  return new Uint8Array(await import_docx.Packer.toArrayBuffer(provinceReportDocument(c, generator)));
}
var import_docx, FOLDED, FONT, pt, mm, A4, MARGIN, BODY_WIDTH, LANDSCAPE_MARGIN, LANDSCAPE_WIDTH, NONE, NO_BORDERS, THIN2, APPENDIX_SHARES, APPENDIX_STT_SHARE, DOCX_APPENDIX_MAX_ROWS;
var init_province_report_docx = __esm({
  "shared/export/province-report-docx.ts"() {
    "use strict";
    import_docx = require("docx");
    init_vi();
    init_normalize();
    init_province_report();
    init_summary_model();
    FOLDED = {
      done: foldKey("Ho\xE0n th\xE0nh"),
      inProgress: foldKey("\u0110ang th\u1EF1c hi\u1EC7n"),
      notDone: foldKey("Ch\u01B0a th\u1EF1c hi\u1EC7n"),
      unplanned: foldKey("Ph\xE1t sinh ngo\xE0i k\u1EBF ho\u1EA1ch")
    };
    FONT = "Times New Roman";
    pt = (n) => n * 2;
    mm = (n) => Math.round(n / 25.4 * 1440);
    A4 = { width: 11906, height: 16838 };
    MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };
    BODY_WIDTH = A4.width - MARGIN.left - MARGIN.right;
    LANDSCAPE_MARGIN = {
      top: mm(20),
      bottom: mm(15),
      left: mm(20),
      right: mm(15),
      header: mm(10),
      footer: mm(10)
    };
    LANDSCAPE_WIDTH = A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;
    NONE = { style: import_docx.BorderStyle.NONE, size: 0, color: "FFFFFF" };
    NO_BORDERS = {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE
    };
    THIN2 = { style: import_docx.BorderStyle.SINGLE, size: 4, color: "000000" };
    APPENDIX_SHARES = {
      maNhiemVu: 0.09,
      nhomNhiemVu: 0.11,
      tenHoatDong: 0.16,
      tenNhiemVu: 0.14,
      ketQua: 0.15,
      noiDung: 0.12,
      thoiGian: 0.085,
      tuNgay: 0.08,
      denNgay: 0.08,
      phoiHop: 0.08,
      chuTri: 0.075,
      hinhThuc: 0.07,
      kinhPhi: 0.07,
      tinhTrang: 0.08,
      nguonKinhPhi: 0.065,
      ghiChu: 0.06
    };
    APPENDIX_STT_SHARE = 0.05;
    DOCX_APPENDIX_MAX_ROWS = 2e3;
  }
});

// shared/export/ttdn-export.schema.json
var ttdn_export_schema_default;
var init_ttdn_export_schema = __esm({
  "shared/export/ttdn-export.schema.json"() {
    ttdn_export_schema_default = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "ttdn-export/1",
      title: "B\xE1o c\xE1o t\u1ED5ng h\u1EE3p th\xF4ng tin \u0111\u1ED1i ngo\u1EA1i c\u1EE7a t\u1EC9nh (xu\u1EA5t cho B\u1ED9)",
      description: "Version 1 of the ministry export. Money in million VND (tri\u1EC7u \u0111\u1ED3ng); dates YYYY-MM-DD; cells as 'Sheet!A1'.",
      $comment: "Within ttdn-export/1 only optional properties are added, so every document written earlier still validates; a change that removes, renames or requires a property is ttdn-export/2. Added: planNarratives (the plans' optional narratives, issue 11).",
      type: "object",
      additionalProperties: false,
      required: [
        "schema",
        "generator",
        "province",
        "consolidator",
        "ministry",
        "kind",
        "year",
        "period",
        "asOf",
        "indicators",
        "columns",
        "activities",
        "completeness",
        "submissions",
        "lineage",
        "planProgress",
        "narratives",
        "totalsCheck"
      ],
      definitions: {
        date: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
        nullableDate: { anyOf: [{ $ref: "#/definitions/date" }, { type: "null" }] },
        count: { type: "integer", minimum: 0 },
        nullableString: { type: ["string", "null"] }
      },
      properties: {
        schema: { const: "ttdn-export/1" },
        generator: { type: "string" },
        province: { type: "string" },
        consolidator: { type: "string" },
        ministry: { type: "string" },
        kind: { enum: ["ke-hoach-nam", "bao-cao-6-thang", "bao-cao-nam", "bao-cao-dot-xuat"] },
        year: { type: "integer", minimum: 2e3, maximum: 2100 },
        period: {
          type: "object",
          additionalProperties: false,
          required: ["label", "from", "to", "deadline"],
          properties: {
            label: { type: "string" },
            from: { $ref: "#/definitions/date" },
            to: { $ref: "#/definitions/date" },
            deadline: { $ref: "#/definitions/date" }
          }
        },
        asOf: { $ref: "#/definitions/date" },
        indicators: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["code", "name", "unit", "total", "values"],
            properties: {
              code: { type: "string", pattern: "^CT\\d{2}$" },
              name: { type: "string" },
              unit: { type: "string" },
              total: { type: "number", minimum: 0 },
              values: {
                type: "array",
                items: {
                  type: "object",
                  additionalProperties: false,
                  required: ["unit", "value", "file", "cell"],
                  properties: {
                    unit: { type: "string" },
                    value: { type: "number", minimum: 0 },
                    file: { type: "string" },
                    cell: { type: "string" }
                  }
                }
              }
            }
          }
        },
        columns: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["key", "header"],
            properties: { key: { type: "string" }, header: { type: "string" } }
          }
        },
        activities: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["unit", "unitName", "file", "cell", "values"],
            properties: {
              unit: { type: "string" },
              unitName: { type: "string" },
              file: { type: "string" },
              cell: { type: "string" },
              values: { type: "object", additionalProperties: { type: ["string", "number", "null"] } }
            }
          }
        },
        completeness: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "unit",
              "unitName",
              "status",
              "lateDays",
              "file",
              "received",
              "reportDate",
              "errors",
              "warnings",
              "version"
            ],
            properties: {
              unit: { type: "string" },
              unitName: { type: "string" },
              status: { enum: ["on-time", "late", "missing"] },
              lateDays: { $ref: "#/definitions/count" },
              file: { $ref: "#/definitions/nullableString" },
              received: { $ref: "#/definitions/nullableDate" },
              reportDate: { $ref: "#/definitions/nullableDate" },
              errors: { $ref: "#/definitions/count" },
              warnings: { $ref: "#/definitions/count" },
              version: { $ref: "#/definitions/count" },
              state: { enum: ["accepted", "rejected", "superseded", "unreadable", "empty", "missing"] },
              reason: { $ref: "#/definitions/nullableString" }
            }
          }
        },
        submissions: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["file", "unit", "status", "errors", "warnings", "reason"],
            properties: {
              file: { type: "string" },
              unit: { $ref: "#/definitions/nullableString" },
              status: { enum: ["accepted", "rejected", "superseded", "unreadable", "empty"] },
              errors: { $ref: "#/definitions/count" },
              warnings: { $ref: "#/definitions/count" },
              reason: { $ref: "#/definitions/nullableString" }
            }
          }
        },
        lineage: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["file", "sha256", "template", "version", "unit", "status", "importedAt"],
            properties: {
              file: { type: "string" },
              sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
              template: { $ref: "#/definitions/nullableString" },
              version: { $ref: "#/definitions/nullableString" },
              unit: { $ref: "#/definitions/nullableString" },
              status: { enum: ["accepted", "rejected", "superseded", "unreadable", "empty"] },
              importedAt: { type: "string" }
            }
          }
        },
        planProgress: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "unit",
              "unitName",
              "planned",
              "done",
              "inProgress",
              "notDone",
              "unplanned",
              "notReported",
              "percentDone"
            ],
            properties: {
              unit: { type: "string" },
              unitName: { type: "string" },
              planned: { $ref: "#/definitions/count" },
              done: { $ref: "#/definitions/count" },
              inProgress: { $ref: "#/definitions/count" },
              notDone: { $ref: "#/definitions/count" },
              unplanned: { $ref: "#/definitions/count" },
              notReported: { $ref: "#/definitions/count" },
              percentDone: { type: ["number", "null"] }
            }
          }
        },
        narratives: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["unit", "unitName", "limits", "proposals"],
            properties: {
              unit: { type: "string" },
              unitName: { type: "string" },
              limits: { type: "string" },
              proposals: { type: "string" }
            }
          }
        },
        planNarratives: {
          description: "Plans only (kind ke-hoach-nam): each accepted plan's 'M\u1EE5c \u0111\xEDch, y\xEAu c\u1EA7u' (purpose) and 'T\u1ED5 ch\u1EE9c th\u1EF1c hi\u1EC7n' (implementation), empty strings where the unit wrote none. Optional: absent in documents written before it was added.",
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["unit", "unitName", "purpose", "implementation"],
            properties: {
              unit: { type: "string" },
              unitName: { type: "string" },
              purpose: { type: "string" },
              implementation: { type: "string" }
            }
          }
        },
        totalsCheck: {
          type: "object",
          additionalProperties: false,
          required: ["ok", "mismatches"],
          properties: {
            ok: { type: "boolean" },
            mismatches: { type: "array", items: { type: "string" } }
          }
        }
      }
    };
  }
});

// cli/commands/export.ts
var export_exports = {};
__export(export_exports, {
  checkExportDocument: () => checkExportDocument,
  exportCommand: () => exportCommand,
  readSummary: () => readSummary,
  readSummaryWithEdits: () => readSummaryWithEdits,
  toCsv: () => toCsv
});
function checkExportDocument(doc) {
  return validateDoc(doc);
}
async function readSummary(file) {
  return (await readSummaryWithEdits(file, "")).doc;
}
async function readSummaryWithEdits(file, place) {
  const bytes = await readBytes(file);
  let json = "";
  let edits;
  try {
    const wanted = /* @__PURE__ */ new Set([SUMMARY_SHEETS.data, ...summarySheetNames("report")]);
    const grid2 = readXlsxGrid(bytes, { sheets: (all) => all.filter((n) => wanted.has(n)) });
    const sheet = grid2.sheet(SUMMARY_SHEETS.data);
    if (!sheet)
      throw new UnreadableFileError(
        `"${(0, import_node_path6.basename)(file)}" kh\xF4ng ph\u1EA3i b\u1EA3ng t\u1ED5ng h\u1EE3p do ttdn consolidate t\u1EA1o ra (thi\u1EBFu trang ${SUMMARY_SHEETS.data}).`
      );
    for (let r = 1; r <= sheet.rowCount; r++) json += String(sheet.cell(r, 1)?.value ?? "");
    edits = readProvinceReportEdits(grid2, place);
  } catch (e) {
    if (e instanceof TtdnError) throw e;
    throw new UnreadableFileError(
      `Kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c b\u1EA3ng t\u1ED5ng h\u1EE3p "${(0, import_node_path6.basename)(file)}": ${e.message}`
    );
  }
  let doc;
  try {
    doc = JSON.parse(json);
  } catch {
    throw new UnreadableFileError(`D\u1EEF li\u1EC7u t\u1ED5ng h\u1EE3p trong "${(0, import_node_path6.basename)(file)}" b\u1ECB h\u1ECFng.`);
  }
  if (!checkExportDocument(doc))
    throw new UnreadableFileError(
      `D\u1EEF li\u1EC7u t\u1ED5ng h\u1EE3p trong "${(0, import_node_path6.basename)(file)}" kh\xF4ng \u0111\xFAng l\u01B0\u1EE3c \u0111\u1ED3 ttdn-export/1: ${validateDoc.errors?.[0]?.message ?? ""}`
    );
  return { doc, edits };
}
function toCsv(rows) {
  return `\uFEFF${stringify(rows, { record_delimiter: "\r\n" })}`;
}
async function exportCommand(summary, format, output, registry, out2) {
  const { doc, edits } = await readSummaryWithEdits(summary, registry.place);
  if (format === "json") {
    await writeAtomically(output, `${JSON.stringify(doc, null, 2)}
`);
    out2(`\u0110\xE3 xu\u1EA5t JSON (l\u01B0\u1EE3c \u0111\u1ED3 ${doc.schema}): ${output}`);
    return [output];
  }
  if (format === "csv") {
    const base = (0, import_node_path6.join)((0, import_node_path6.dirname)(output), (0, import_node_path6.basename)(output, (0, import_node_path6.extname)(output)));
    const files = [`${base}-chi-tieu.csv`, `${base}-hoat-dong.csv`];
    await writeAtomically(files[0], toCsv(indicatorCsv(doc)));
    await writeAtomically(files[1], toCsv(activityCsv(doc)));
    out2(`\u0110\xE3 xu\u1EA5t CSV (UTF-8 c\xF3 BOM): ${files.join(", ")}`);
    return files;
  }
  const what = doc.kind === "ke-hoach-nam" ? "k\u1EBF ho\u1EA1ch" : "b\xE1o c\xE1o";
  if (format === "docx") {
    const content = buildProvinceReportContent(doc, registry, edits);
    await writeAtomically(output, await provinceReportDocx(content, GENERATOR));
    out2(`\u0110\xE3 xu\u1EA5t ${what} c\u1EE7a t\u1EC9nh (.docx, th\u1EC3 th\u1EE9c Ngh\u1ECB \u0111\u1ECBnh 30/2020/N\u0110-CP): ${output}`);
    return [output];
  }
  const report = provinceReport(doc, registry, GENERATOR, edits);
  await writeAtomically(output, (tmp) => writeModelToFile(report.model, tmp));
  out2(`\u0110\xE3 xu\u1EA5t ${what} c\u1EE7a t\u1EC9nh (.xlsx, th\u1EC3 th\u1EE9c v\u0103n b\u1EA3n): ${output}`);
  return [output];
}
var import_node_path6, import_ajv, validateDoc;
var init_export = __esm({
  "cli/commands/export.ts"() {
    "use strict";
    import_node_path6 = require("node:path");
    import_ajv = __toESM(require("ajv"));
    init_sync2();
    init_shared();
    init_province_report_docx();
    init_ttdn_export_schema();
    init_generate();
    init_files();
    init_load_file();
    init_file();
    init_write_file();
    validateDoc = new import_ajv.default({ allErrors: true, allowUnionTypes: true }).compile(ttdn_export_schema_default);
  }
});

// cli/demo/model-edit.ts
function setModelCell(model, sheet, ref, value) {
  const s = model.sheets.find((x2) => x2.name === sheet);
  const box = parseRange(ref);
  if (!s || !box) throw new Error(`no cell ${sheet}!${ref}`);
  while (s.values.length < box.top)
    s.values.push(Array.from({ length: s.values[0]?.length ?? 1 }, () => null));
  const row = s.values[box.top - 1];
  while (row.length < box.left) row.push(null);
  row[box.left - 1] = value;
}
function namedBox(model, name) {
  const n = model.definedNames.find((d) => d.name === name);
  const box = n ? parseRange(n.range) : null;
  if (!n || !box) throw new Error(`no name ${name}`);
  return { sheet: n.sheet, ...box };
}
var init_model_edit = __esm({
  "cli/demo/model-edit.ts"() {
    "use strict";
    init_shared();
  }
});

// cli/demo/sample-data.ts
function codeUnit(unitCode) {
  const unit = findUnit(REGISTRY_PRESETS["mau-tu-2025"], unitCode) ?? findUnit(REGISTRY_PRESETS["mau-truoc-2025"], unitCode);
  return taskCodeUnit(unit ?? { code: unitCode });
}
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function seedOf(s) {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}
function samplePlanRows(unitCode, year, count) {
  const r = rng(seedOf(`plan-${unitCode}-${year}`));
  const groups = Object.keys(ACTIVITIES);
  return Array.from({ length: count }, (_, i2) => {
    const g = groups[Math.floor(r() * groups.length)];
    const names = ACTIVITIES[g];
    const from = 1 + Math.floor(r() * 9);
    return {
      maNhiemVu: taskCode(year, codeUnit(unitCode), i2 + 1),
      nhomNhiemVu: g,
      tenNhiemVu: `${names[Math.floor(r() * names.length)]} (${i2 + 1})`,
      noiDung: "Tri\u1EC3n khai theo k\u1EBF ho\u1EA1ch c\u1EE7a UBND t\u1EC9nh",
      hinhThuc: "Tr\u1EF1c ti\u1EBFp v\xE0 tr\u1EF1c tuy\u1EBFn",
      chuTri: "Ph\xF2ng chuy\xEAn m\xF4n",
      tuNgay: `${String(from).padStart(2, "0")}/${year}`,
      denNgay: `${String(Math.min(12, from + 2)).padStart(2, "0")}/${year}`,
      kinhPhi: Math.round(r() * 5e4) / 1e3,
      nguonKinhPhi: "NSNN t\u1EC9nh"
    };
  });
}
function samplePlanNarratives(unitName, year) {
  return {
    mucDich: `N\xE2ng cao hi\u1EC7u qu\u1EA3 c\xF4ng t\xE1c th\xF4ng tin \u0111\u1ED1i ngo\u1EA1i c\u1EE7a ${unitName} n\u0103m ${year}; qu\u1EA3ng b\xE1 h\xECnh \u1EA3nh, ti\u1EC1m n\u0103ng c\u1EE7a t\u1EC9nh t\u1EDBi b\u1EA1n b\xE8 qu\u1ED1c t\u1EBF. C\xE1c ho\u1EA1t \u0111\u1ED9ng b\xE1m s\xE1t ch\u01B0\u01A1ng tr\xECnh c\xF4ng t\xE1c c\u1EE7a UBND t\u1EC9nh, ti\u1EBFt ki\u1EC7m, hi\u1EC7u qu\u1EA3.`,
    toChuc: `V\u0103n ph\xF2ng l\xE0m \u0111\u1EA7u m\u1ED1i theo d\xF5i, \u0111\xF4n \u0111\u1ED1c; c\xE1c ph\xF2ng chuy\xEAn m\xF4n ch\u1EE7 \u0111\u1ED9ng tri\u1EC3n khai nhi\u1EC7m v\u1EE5 \u0111\u01B0\u1EE3c giao. Kinh ph\xED t\u1EEB ngu\u1ED3n ng\xE2n s\xE1ch \u0111\u01B0\u1EE3c giao n\u0103m ${year}. B\xE1o c\xE1o k\u1EBFt qu\u1EA3 6 th\xE1ng, n\u0103m theo quy \u0111\u1ECBnh.`
  };
}
function sampleReport(unitCode, kind, year, count, planned = 0) {
  const r = rng(seedOf(`${kind}-${unitCode}-${year}`));
  const groups = Object.keys(ACTIVITIES);
  const rows = [];
  let budget = 0;
  for (let i2 = 0; i2 < count; i2++) {
    const g = groups[Math.floor(r() * groups.length)];
    const names = ACTIVITIES[g];
    const money = Math.round(r() * 3e4) / 1e3;
    budget += money;
    const inPlan = i2 < planned;
    rows.push({
      maNhiemVu: inPlan ? taskCode(year, codeUnit(unitCode), i2 + 1) : null,
      nhomNhiemVu: g,
      tenHoatDong: `${names[Math.floor(r() * names.length)]} (${i2 + 1})`,
      ketQua: `Th\u1EF1c hi\u1EC7n ${1 + Math.floor(r() * 20)} \u0111\u1EE3t, thu h\xFAt ${50 + Math.floor(r() * 500)} l\u01B0\u1EE3t ng\u01B0\u1EDDi tham gia`,
      thoiGian: `${String(1 + Math.floor(r() * 28)).padStart(2, "0")}/${String(1 + Math.floor(r() * 5)).padStart(2, "0")}/${year}`,
      phoiHop: "S\u1EDF Ngo\u1EA1i v\u1EE5",
      kinhPhi: money,
      tinhTrang: inPlan ? STATUSES[Math.floor(r() * STATUSES.length)] : "Ph\xE1t sinh ngo\xE0i k\u1EBF ho\u1EA1ch",
      ghiChu: null
    });
  }
  const n = (max2) => Math.floor(r() * max2);
  const ct10 = 1 + n(4);
  const indicators = {
    CT01: n(6),
    CT02: n(80),
    CT03: n(150),
    CT04: n(12),
    CT05: n(10),
    CT06: n(6),
    CT07: n(4),
    CT08: n(3e3),
    CT09: n(5),
    CT10: ct10,
    CT11: ct10 * (20 + n(60)),
    CT12: n(3),
    CT13: n(6),
    CT14: n(4),
    CT15: n(30),
    CT16: n(2),
    CT17: Math.round(budget * 1e3) / 1e3
  };
  return {
    rows,
    indicators,
    narratives: {
      chiDao: "Ban h\xE0nh k\u1EBF ho\u1EA1ch tri\u1EC3n khai c\xF4ng t\xE1c th\xF4ng tin \u0111\u1ED1i ngo\u1EA1i; ph\xE2n c\xF4ng nhi\u1EC7m v\u1EE5 cho c\xE1c ph\xF2ng chuy\xEAn m\xF4n.",
      danhGia: "1. \u01AFu \u0111i\u1EC3m: tri\u1EC3n khai \u0111\u1EA7y \u0111\u1EE7 c\xE1c nhi\u1EC7m v\u1EE5. 2. H\u1EA1n ch\u1EBF, kh\xF3 kh\u0103n: nh\xE2n l\u1EF1c l\xE0m th\xF4ng tin \u0111\u1ED1i ngo\u1EA1i c\xF2n ki\xEAm nhi\u1EC7m. 3. Nguy\xEAn nh\xE2n: kinh ph\xED h\u1EA1n ch\u1EBF.",
      phuongHuong: "Ti\u1EBFp t\u1EE5c \u0111\u1EA9y m\u1EA1nh qu\u1EA3ng b\xE1 h\xECnh \u1EA3nh c\u1EE7a t\u1EC9nh tr\xEAn m\xF4i tr\u01B0\u1EDDng s\u1ED1.",
      kienNghi: "\u0110\u1EC1 ngh\u1ECB t\u1ED5 ch\u1EE9c th\xEAm l\u1EDBp t\u1EADp hu\u1EA5n nghi\u1EC7p v\u1EE5 th\xF4ng tin \u0111\u1ED1i ngo\u1EA1i cho c\xE1n b\u1ED9 c\u1EA5p x\xE3."
    }
  };
}
var ACTIVITIES, STATUSES;
var init_sample_data = __esm({
  "cli/demo/sample-data.ts"() {
    "use strict";
    init_shared();
    ACTIVITIES = {
      "Ch\u1EC9 \u0111\u1EA1o, ban h\xE0nh v\u0103n b\u1EA3n": [
        "Ban h\xE0nh k\u1EBF ho\u1EA1ch th\xF4ng tin \u0111\u1ED1i ngo\u1EA1i",
        "H\u01B0\u1EDBng d\u1EABn nghi\u1EC7p v\u1EE5 th\xF4ng tin \u0111\u1ED1i ngo\u1EA1i"
      ],
      "T\u1EADp hu\u1EA5n, b\u1ED3i d\u01B0\u1EE1ng nghi\u1EC7p v\u1EE5": [
        "T\u1EADp hu\u1EA5n k\u1EF9 n\u0103ng ph\xE1t ng\xF4n v\xE0 cung c\u1EA5p th\xF4ng tin",
        "B\u1ED3i d\u01B0\u1EE1ng nghi\u1EC7p v\u1EE5 th\xF4ng tin \u0111\u1ED1i ngo\u1EA1i cho c\xE1n b\u1ED9 c\u01A1 s\u1EDF"
      ],
      "Qu\u1EA3ng b\xE1 h\xECnh \u1EA3nh tr\xEAn b\xE1o ch\xED, ph\xE1t thanh, truy\u1EC1n h\xECnh": [
        "Ph\xF3ng s\u1EF1 qu\u1EA3ng b\xE1 du l\u1ECBch c\u1EE7a t\u1EC9nh",
        'Chuy\xEAn m\u1EE5c "T\u1EC9nh M\u1EABu h\u1ED9i nh\u1EADp" tr\xEAn truy\u1EC1n h\xECnh'
      ],
      "C\u1ED5ng/trang th\xF4ng tin \u0111i\u1EC7n t\u1EED v\xE0 m\u1EA1ng x\xE3 h\u1ED9i": [
        "C\u1EADp nh\u1EADt chuy\xEAn m\u1EE5c th\xF4ng tin \u0111\u1ED1i ngo\u1EA1i tr\xEAn c\u1ED5ng th\xF4ng tin",
        "\u0110\u0103ng tin b\xE0i ti\u1EBFng Anh tr\xEAn trang m\u1EA1ng x\xE3 h\u1ED9i"
      ],
      "Xu\u1EA5t b\u1EA3n \u1EA5n ph\u1EA9m, s\u1EA3n ph\u1EA9m TT\u0110N": [
        "Xu\u1EA5t b\u1EA3n s\xE1ch \u1EA3nh gi\u1EDBi thi\u1EC7u t\u1EC9nh",
        "S\u1EA3n xu\u1EA5t video gi\u1EDBi thi\u1EC7u ti\u1EC1m n\u0103ng \u0111\u1EA7u t\u01B0"
      ],
      "H\u1EE3p t\xE1c qu\u1ED1c t\u1EBF, \u0111o\xE0n ra, \u0111o\xE0n v\xE0o": [
        "\u0110\xF3n \u0111o\xE0n doanh nghi\u1EC7p n\u01B0\u1EDBc ngo\xE0i",
        "\u0110o\xE0n c\xF4ng t\xE1c x\xFAc ti\u1EBFn t\u1EA1i n\u01B0\u1EDBc ngo\xE0i"
      ],
      "H\u1ED9i ch\u1EE3, tri\u1EC3n l\xE3m, x\xFAc ti\u1EBFn \u0111\u1EA7u t\u01B0, th\u01B0\u01A1ng m\u1EA1i, du l\u1ECBch": [
        "Gian h\xE0ng t\u1EA1i h\u1ED9i ch\u1EE3 th\u01B0\u01A1ng m\u1EA1i qu\u1ED1c t\u1EBF",
        "H\u1ED9i ngh\u1ECB x\xFAc ti\u1EBFn \u0111\u1EA7u t\u01B0"
      ],
      "Tuy\xEAn truy\u1EC1n bi\xEAn gi\u1EDBi, bi\u1EC3n \u0111\u1EA3o": [
        "Tuy\xEAn truy\u1EC1n v\u1EC1 bi\xEAn gi\u1EDBi cho nh\xE2n d\xE2n khu v\u1EF1c bi\xEAn gi\u1EDBi",
        "Tri\u1EC3n l\xE3m b\u1EA3n \u0111\u1ED3 v\xE0 t\u01B0 li\u1EC7u v\u1EC1 ch\u1EE7 quy\u1EC1n bi\u1EC3n \u0111\u1EA3o"
      ],
      "\u0110\u1EA5u tranh ph\u1EA3n b\xE1c th\xF4ng tin sai tr\xE1i": ["Ph\u1EA3n b\xE1c th\xF4ng tin sai l\u1EC7ch tr\xEAn m\u1EA1ng x\xE3 h\u1ED9i"]
    };
    STATUSES = ["Ho\xE0n th\xE0nh", "Ho\xE0n th\xE0nh", "Ho\xE0n th\xE0nh", "\u0110ang th\u1EF1c hi\u1EC7n", "Ch\u01B0a th\u1EF1c hi\u1EC7n"];
  }
});

// cli/demo/mailbox.ts
function filledModel(f) {
  const unit = findUnit(f.registry, f.unitCode);
  if (!unit) throw new Error(`unknown unit ${f.unitCode}`);
  const { model } = buildTemplate({
    spec: templateForKind(f.kind),
    kind: f.kind,
    unit,
    registry: f.registry,
    period: periodOf(f.calendar, f.kind, f.year),
    generatedAt: `${f.year}-01-02T08:00:00.000Z`,
    generator: GENERATOR,
    reportDate: f.reportDate,
    prefill: f.rows,
    indicatorValues: f.indicators,
    narratives: f.narratives
  });
  const doc = namedBox(model, "TTDN_SoKyHieu");
  setModelCell(
    model,
    doc.sheet,
    `A${doc.top}`,
    `S\u1ED1: ${f.docNumber ?? "15"}/${f.kind === "ke-hoach-nam" ? "KH" : "BC"}-${unitAbbr(unit)}`
  );
  f.edit?.(model);
  return model;
}
async function save(path, model, received) {
  await (0, import_promises3.writeFile)(path, await modelToXlsxBytes(model));
  const t = /* @__PURE__ */ new Date(`${received}T09:00:00`);
  await (0, import_promises3.utimes)(path, t, t);
}
async function buildDemoMailbox(dir, registry, calendar) {
  const kind = "bao-cao-6-thang";
  const year = 2026;
  const reports = (0, import_node_path7.join)(dir, "hop-thu");
  const plans = (0, import_node_path7.join)(dir, "ke-hoach");
  await (0, import_promises3.mkdir)(reports, { recursive: true });
  await (0, import_promises3.mkdir)(plans, { recursive: true });
  const received = [];
  const late = { SO_CONG_THUONG: 3, UBND_X_DONG_SON: 5, BAO_PTTH: 10 };
  const missing = ["UBND_X_BIEN_GIOI", "UBND_X_CUA_KHAU"];
  const broken = "UBND_X_TAY_SON";
  const withPlans = registry.units.slice(0, 8).map((u2) => u2.code);
  for (const code of withPlans) {
    const path = (0, import_node_path7.join)(plans, `KH${year}-${code}.xlsx`);
    await save(
      path,
      filledModel({
        registry,
        calendar,
        kind: "ke-hoach-nam",
        year,
        unitCode: code,
        rows: samplePlanRows(code, year, 10),
        narratives: samplePlanNarratives(findUnit(registry, code)?.name ?? code, year),
        reportDate: `${year}-01-10`
      }),
      `${year}-01-12`
    );
  }
  for (const [i2, u2] of registry.units.entries()) {
    if (missing.includes(u2.code)) continue;
    const file = `BC6T-${year}-${u2.code}.xlsx`;
    const path = (0, import_node_path7.join)(reports, file);
    const receivedOn = late[u2.code] ? addDays2(`${year}-06-15`, late[u2.code]) : `${year}-06-${String(5 + i2 % 10).padStart(2, "0")}`;
    if (u2.code === broken) {
      const bytes = await modelToXlsxBytes(
        filledModel({
          registry,
          calendar,
          kind,
          year,
          unitCode: u2.code,
          ...sampleReport(u2.code, kind, year, 8),
          reportDate: receivedOn
        })
      );
      await (0, import_promises3.writeFile)(path, bytes.slice(0, Math.floor(bytes.length / 3)));
      const t = /* @__PURE__ */ new Date(`${receivedOn}T09:00:00`);
      await (0, import_promises3.utimes)(path, t, t);
      received.push([file, receivedOn]);
      continue;
    }
    const data = sampleReport(u2.code, kind, year, 12, withPlans.includes(u2.code) ? 7 : 0);
    const fill = {
      registry,
      calendar,
      kind,
      year,
      unitCode: u2.code,
      ...data,
      reportDate: receivedOn
    };
    if (u2.code === "SO_TAI_CHINH") {
      const first = sampleReport(u2.code, kind, year, 6);
      await save(
        (0, import_node_path7.join)(reports, `BC6T-${year}-${u2.code} (ban dau).xlsx`),
        filledModel({ ...fill, ...first, reportDate: `${year}-06-03` }),
        `${year}-06-03`
      );
      received.push([`BC6T-${year}-${u2.code} (ban dau).xlsx`, `${year}-06-03`]);
    }
    if (u2.code === "UBND_P_BAC_HA") fill.edit = plantBlockingErrors;
    if (u2.code === "SO_NGOAI_VU") fill.edit = plantAcceptableMess;
    await save(path, filledModel(fill), receivedOn);
    received.push([file, receivedOn]);
  }
  const foreign = new import_exceljs2.default.Workbook();
  foreign.addWorksheet("Danh sach").addRows([
    ["STT", "H\u1ECD v\xE0 t\xEAn", "Ch\u1EE9c v\u1EE5"],
    [1, "Nguy\u1EC5n V\u0103n A", "Chuy\xEAn vi\xEAn"]
  ]);
  await (0, import_promises3.writeFile)((0, import_node_path7.join)(reports, "danh-sach-can-bo.xlsx"), new Uint8Array(await foreign.xlsx.writeBuffer()));
  received.push(["danh-sach-can-bo.xlsx", `${year}-06-10`]);
  const receivedCsv = (0, import_node_path7.join)(dir, "ngay-nhan.csv");
  await (0, import_promises3.writeFile)(
    receivedCsv,
    `\uFEFFfile,date\r
${received.map(([f, d]) => `"${f}",${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`).join("\r\n")}\r
`
  );
  return {
    reports,
    plans,
    receivedCsv,
    kind,
    year,
    asOf: `${year}-06-30`,
    expected: {
      missing: [...missing, broken],
      late,
      rejected: [`BC6T-${year}-UBND_P_BAC_HA.xlsx`, "danh-sach-can-bo.xlsx"].slice(0, 1),
      superseded: [`BC6T-${year}-SO_TAI_CHINH (ban dau).xlsx`],
      unreadable: [`BC6T-${year}-${broken}.xlsx`, "danh-sach-can-bo.xlsx"]
    }
  };
}
function addDays2(d, n) {
  return new Date(Date.parse(`${d}T00:00:00Z`) + n * 864e5).toISOString().slice(0, 10);
}
function plantBlockingErrors(model) {
  const t = namedBox(model, "TTDN_HoatDong");
  const ind = namedBox(model, "TTDN_ChiTieu");
  setModelCell(model, t.sheet, `C${t.top}`, "H\u1ED9i th\u1EA3o qu\u1ED1c t\u1EBF");
  setModelCell(model, t.sheet, `F${t.top + 1}`, "31/02/2026");
  setModelCell(model, ind.sheet, `H${ind.top + 4}`, -3);
}
function plantAcceptableMess(model) {
  const t = namedBox(model, "TTDN_HoatDong");
  const below = t.bottom + 1;
  [
    null,
    null,
    "T\u1EADp hu\u1EA5n, b\u1ED3i d\u01B0\u1EE1ng nghi\u1EC7p v\u1EE5",
    "L\u1EDBp t\u1EADp hu\u1EA5n b\u1ED5 sung",
    "Ho\xE0n th\xE0nh 1 l\u1EDBp",
    "20/5/2026",
    null,
    "1,5",
    "hoan thanh",
    null
  ].forEach((v, i2) => setModelCell(model, t.sheet, `${String.fromCharCode(65 + i2)}${below}`, v));
  setModelCell(model, t.sheet, `E${t.top}`, '=HYPERLINK("http://vi-du.invalid","B\u1EA5m v\xE0o \u0111\xE2y")');
  setModelCell(model, t.sheet, `H${t.top + 2}`, { formula: "2+3", result: 5 });
  setModelCell(model, t.sheet, `I${t.top + 3}`, "dang thuc hien");
}
var import_promises3, import_node_path7, import_exceljs2;
var init_mailbox = __esm({
  "cli/demo/mailbox.ts"() {
    "use strict";
    import_promises3 = require("node:fs/promises");
    import_node_path7 = require("node:path");
    import_exceljs2 = __toESM(require("exceljs"));
    init_shared();
    init_generate();
    init_write_workbook();
    init_model_edit();
    init_sample_data();
  }
});

// cli/commands/demo.ts
var demo_exports = {};
__export(demo_exports, {
  demoCommand: () => demoCommand
});
async function demoCommand(dir, registry, calendar, out2) {
  const root = (0, import_node_path8.resolve)(dir);
  const marker = (0, import_node_path8.join)(root, MARKER);
  const made = ["hop-thu", "ke-hoach"].map((d) => (0, import_node_path8.join)(root, d));
  if ((0, import_node_fs5.existsSync)(marker)) for (const d of made) await (0, import_promises4.rm)(d, { recursive: true, force: true });
  else if (made.some((d) => (0, import_node_fs5.existsSync)(d)))
    throw new UsageError(
      `Th\u01B0 m\u1EE5c "${dir}" \u0111\xE3 c\xF3 hop-thu ho\u1EB7c ke-hoach kh\xF4ng do ttdn demo t\u1EA1o; ch\u1ECDn th\u01B0 m\u1EE5c kh\xE1c (-o).`
    );
  await (0, import_promises4.mkdir)(root, { recursive: true });
  await (0, import_promises4.writeFile)(marker, "Th\u01B0 m\u1EE5c do ttdn demo t\u1EA1o; ch\u1EA1y l\u1EA1i demo s\u1EBD x\xF3a hop-thu v\xE0 ke-hoach trong \u0111\xE2y.\n");
  out2(`T\u1EA1o h\u1ED9p th\u01B0 m\u1EABu c\u1EE7a ${registry.province} (${registry.units.length} \u0111\u01A1n v\u1ECB, b\xE1o c\xE1o 6 th\xE1ng 2026)\u2026`);
  const box = await buildDemoMailbox(root, registry, calendar);
  const summary = (0, import_node_path8.join)(root, "tong-hop-6T-2026.xlsx");
  const r = await consolidateCommand(
    {
      registry,
      calendar,
      kind: box.kind,
      year: box.year,
      asOf: box.asOf,
      plans: box.plans,
      received: box.receivedCsv,
      output: summary,
      inputs: [box.reports],
      json: false
    },
    out2
  );
  const exportDir = (0, import_node_path8.join)(root, "xuat-bo");
  await (0, import_promises4.mkdir)(exportDir, { recursive: true });
  const files = [
    ...await exportCommand(summary, "xlsx", (0, import_node_path8.join)(exportDir, "bao-cao-tinh-6T-2026.xlsx"), registry, out2),
    ...await exportCommand(summary, "docx", (0, import_node_path8.join)(exportDir, "bao-cao-tinh-6T-2026.docx"), registry, out2),
    ...await exportCommand(summary, "json", (0, import_node_path8.join)(exportDir, "bao-cao-tinh-6T-2026.json"), registry, out2),
    ...await exportCommand(summary, "csv", (0, import_node_path8.join)(exportDir, "bao-cao-tinh-6T-2026.csv"), registry, out2)
  ];
  out2("");
  const planSummary2 = (0, import_node_path8.join)(root, `tong-hop-KH-${box.year}.xlsx`);
  const p = await consolidateCommand(
    {
      registry,
      calendar,
      kind: "ke-hoach-nam",
      year: box.year,
      asOf: box.asOf,
      output: planSummary2,
      inputs: [box.plans],
      json: false
    },
    out2
  );
  const planFiles = [
    ...await exportCommand(
      planSummary2,
      "xlsx",
      (0, import_node_path8.join)(exportDir, `ke-hoach-tinh-${box.year}.xlsx`),
      registry,
      out2
    ),
    ...await exportCommand(
      planSummary2,
      "docx",
      (0, import_node_path8.join)(exportDir, `ke-hoach-tinh-${box.year}.docx`),
      registry,
      out2
    )
  ];
  out2("");
  out2("K\u1EBFt qu\u1EA3:");
  out2(`  H\u1ED9p th\u01B0 \u0111\xE3 nh\u1EADn:   ${box.reports}`);
  out2(`  K\u1EBF ho\u1EA1ch n\u0103m:      ${box.plans}`);
  out2(`  B\u1EA3ng t\u1ED5ng h\u1EE3p:     ${summary}`);
  out2(`  G\u1EEDi B\u1ED9:            ${files.join("\n                     ")}`);
  out2(`  K\u1EBF ho\u1EA1ch c\u1EE7a t\u1EC9nh: ${[planSummary2, ...planFiles].join("\n                     ")}`);
  return Math.max(r.code, p.code);
}
var import_node_fs5, import_promises4, import_node_path8, MARKER;
var init_demo = __esm({
  "cli/commands/demo.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    import_promises4 = require("node:fs/promises");
    import_node_path8 = require("node:path");
    init_shared();
    init_mailbox();
    init_consolidate();
    init_export();
    MARKER = ".ttdn-demo";
  }
});

// cli/main.ts
var main_exports = {};
__export(main_exports, {
  buildProgram: () => buildProgram,
  run: () => run
});
module.exports = __toCommonJS(main_exports);
var import_node_path9 = require("node:path");

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// cli/main.ts
init_shared();

// cli/config.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
init_sync();
init_file();
init_shared();
function readText(file, what) {
  try {
    return (0, import_node_fs.readFileSync)(file, "utf8");
  } catch (e) {
    throw new ConfigFileError(
      `Kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c ${what} "${file}": ${e.code ?? e.message}`
    );
  }
}
function loadRegistry(opts) {
  const presetId = opts.preset ?? DEFAULT_PRESET;
  const base = REGISTRY_PRESETS[presetId];
  if (!base) throw new UsageError(ERROR_MESSAGES.unknownPreset(presetId, presetIds().join(", ")));
  if (!opts.registry) return base;
  if ((0, import_node_path.extname)(opts.registry).toLowerCase() === ".xlsx") return registryFromWorkbook(opts.registry, base);
  const text2 = readText(opts.registry, "danh s\xE1ch \u0111\u01A1n v\u1ECB");
  if ((0, import_node_path.extname)(opts.registry).toLowerCase() === ".csv") {
    let rows;
    try {
      rows = parse(text2, { bom: true, relax_column_count: true, skip_empty_lines: false });
    } catch (e) {
      const line = e.lines ?? 1;
      throw new ConfigFileError(ERROR_MESSAGES.registryLine(line, "(CSV)", e.message));
    }
    return parseRegistryRows(rows, base);
  }
  return parseRegistryJson(text2, base);
}
function loadCalendar(opts) {
  return opts.calendar ? parseCalendarJson(readText(opts.calendar, "l\u1ECBch b\xE1o c\xE1o")) : DEFAULT_CALENDAR;
}
function registryFromWorkbook(file, base) {
  let bytes;
  try {
    bytes = new Uint8Array((0, import_node_fs.readFileSync)(file));
  } catch (e) {
    throw new ConfigFileError(
      `Kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c danh s\xE1ch \u0111\u01A1n v\u1ECB "${file}": ${e.code ?? e.message}`
    );
  }
  let sheet;
  try {
    const names = summarySheetNames("registry");
    const grid2 = readXlsxGrid(bytes, { sheets: () => names });
    sheet = names.map((n) => grid2.sheet(n)).find(Boolean);
  } catch (e) {
    throw new ConfigFileError(`Kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c danh s\xE1ch \u0111\u01A1n v\u1ECB "${file}": ${e.message}`);
  }
  if (!sheet)
    throw new ConfigFileError(`"${file}" kh\xF4ng c\xF3 trang "${SUMMARY_SHEETS.registry}" (danh s\xE1ch \u0111\u01A1n v\u1ECB).`);
  const rows = [];
  for (let r = 1; r <= sheet.rowCount; r++)
    rows.push(Array.from({ length: 8 }, (_, c) => cellText(sheet.cell(r, c + 1)?.value ?? null)));
  return parseRegistryRows(rows, base);
}

// cli/commands/units.ts
function unitsCommand(registry, json, out2) {
  if (json) {
    out2(
      JSON.stringify(
        registry.units.map((u2) => ({ code: u2.code, name: u2.name, kind: u2.kind })),
        null,
        2
      )
    );
    return 0;
  }
  const width = Math.max(...registry.units.map((u2) => u2.code.length), 4);
  out2(
    `Danh s\xE1ch \u0111\u01A1n v\u1ECB (${registry.id}, ${registry.units.length} \u0111\u01A1n v\u1ECB; c\u01A1 quan t\u1ED5ng h\u1EE3p: ${registry.consolidator.name})`
  );
  for (const u2 of registry.units)
    out2(`${u2.code.padEnd(width)}  ${u2.name}  [${u2.kind}]${u2.active ? "" : " (ng\u1EEBng)"}`);
  return 0;
}

// cli/commands/validate.ts
var import_node_path2 = require("node:path");
init_shared();
init_load_file();
async function validateCommand(file, registry, calendar, json, out2) {
  let result;
  let code;
  try {
    const grid2 = gridFromBytes(await readBytes(file));
    const parsed = parseWorkbook(grid2, { registry, calendar });
    const s = parsed.submission;
    const { errors } = countBySeverity(parsed.findings);
    result = {
      file,
      ok: errors === 0,
      template: s.template,
      kind: s.kind,
      unit: s.unit,
      year: s.year,
      period: s.period,
      findings: parsed.findings
    };
    code = errors ? 1 : 0;
  } catch (e) {
    if (!(e instanceof TtdnError)) throw e;
    result = {
      file,
      ok: false,
      template: null,
      kind: null,
      unit: null,
      year: null,
      period: null,
      findings: [],
      error: e.message
    };
    code = 2;
  }
  if (json) out2(JSON.stringify(result, null, 2));
  else printHuman(result, out2);
  return code;
}
function printHuman(r, out2) {
  const name = (0, import_node_path2.basename)(r.file);
  if (r.error) {
    out2(`\u2717 ${name}: ${r.error}`);
    return;
  }
  const { errors, warnings } = countBySeverity(r.findings);
  out2(
    `${r.ok ? "\u2713" : "\u2717"} ${name} \u2014 ${r.unit}, ${r.kind} ${r.year} (${r.template?.id} v${r.template?.version}): ${errors} l\u1ED7i, ${warnings} c\u1EA3nh b\xE1o`
  );
  for (const f of r.findings)
    out2(`  ${SEVERITY_LABELS[f.severity].padEnd(8)} ${f.sheet}!${f.cell}  ${f.message}`);
}

// cli/main.ts
init_usage();

// package.json
var version = "0.1.0";

// cli/main.ts
var out = (s) => process.stdout.write(`${s}
`);
function withGlobals(cmd) {
  return cmd.option("--preset <id>", "b\u1ED9 c\u1EA5u h\xECnh c\xF3 s\u1EB5n: mau-truoc-2025 | mau-tu-2025").option("--registry <file>", "danh s\xE1ch \u0111\u01A1n v\u1ECB (.json ho\u1EB7c .csv)").option("--calendar <file>", "l\u1ECBch b\xE1o c\xE1o (.json)").option("--debug", "in chi ti\u1EBFt l\u1ED7i k\u1EF9 thu\u1EADt");
}
function buildProgram(setExit) {
  const program2 = new Command("ttdn").description("Bi\u1EC3u m\u1EABu, ki\u1EC3m tra v\xE0 t\u1ED5ng h\u1EE3p b\xE1o c\xE1o th\xF4ng tin \u0111\u1ED1i ngo\u1EA1i (TT 22/2016/TT-BTTTT)").exitOverride().version(version, "-V, --version", "in s\u1ED1 phi\xEAn b\u1EA3n").usage("[t\xF9y ch\u1ECDn] [l\u1EC7nh]").helpOption("-h, --help", "xem h\u01B0\u1EDBng d\u1EABn").configureHelp(HELP).showHelpAfterError("(xem h\u01B0\u1EDBng d\u1EABn: ttdn --help)").helpCommand("help [l\u1EC7nh]", "xem h\u01B0\u1EDBng d\u1EABn c\u1EE7a m\u1ED9t l\u1EC7nh").configureOutput({
    writeErr: (s) => process.stderr.write(s),
    outputError: (s, write) => write(translateCommanderError(s))
  });
  withGlobals(program2.command("units").description("li\u1EC7t k\xEA danh s\xE1ch \u0111\u01A1n v\u1ECB \u0111ang d\xF9ng")).option("--json", "in d\u1EA1ng JSON").action((o) => setExit(unitsCommand(loadRegistry(o), Boolean(o.json), out)));
  withGlobals(program2.command("template").description("t\u1EA1o bi\u1EC3u m\u1EABu .xlsx cho m\u1ED9t \u0111\u01A1n v\u1ECB")).requiredOption("--kind <kind>", "ke-hoach-nam | bao-cao-6-thang | bao-cao-nam").requiredOption("--unit <code>", "m\xE3 \u0111\u01A1n v\u1ECB").requiredOption("--year <yyyy>", "n\u0103m").requiredOption("-o, --output <file>", "t\u1EC7p .xlsx \u0111\u1EA7u ra").action(async (o) => {
    checkOutput(o.output, [".xlsx"]);
    const { generateXlsx: generateXlsx2 } = await Promise.resolve().then(() => (init_generate(), generate_exports));
    const { writeAtomically: writeAtomically2 } = await Promise.resolve().then(() => (init_files(), files_exports));
    const bytes = await generateXlsx2({
      registry: loadRegistry(o),
      calendar: loadCalendar(o),
      kind: checkKind(o.kind),
      unitCode: o.unit,
      year: checkYear(o.year)
    });
    await writeAtomically2(o.output, bytes);
    out(`\u0110\xE3 t\u1EA1o ${o.output} (${o.kind}, ${o.unit.toUpperCase()}, ${o.year}).`);
    setExit(0);
  });
  withGlobals(program2.command("validate").description("ki\u1EC3m tra m\u1ED9t t\u1EC7p bi\u1EC3u m\u1EABu").argument("<file>")).option("--json", "in k\u1EBFt qu\u1EA3 d\u1EA1ng JSON").action(
    async (file, o) => setExit(await validateCommand(file, loadRegistry(o), loadCalendar(o), Boolean(o.json), out))
  );
  withGlobals(
    program2.command("consolidate").description("t\u1ED5ng h\u1EE3p c\xE1c t\u1EC7p \u0111\xE3 nh\u1EADn th\xE0nh b\u1EA3ng t\u1ED5ng h\u1EE3p c\u1EE7a t\u1EC9nh").argument("<inputs...>", "t\u1EC7p ho\u1EB7c th\u01B0 m\u1EE5c")
  ).requiredOption("--kind <kind>", "ke-hoach-nam | bao-cao-6-thang | bao-cao-nam").requiredOption("--year <yyyy>", "n\u0103m").requiredOption("-o, --output <file>", "b\u1EA3ng t\u1ED5ng h\u1EE3p .xlsx").option("--as-of <yyyy-mm-dd>", "ng\xE0y t\xEDnh t\xECnh h\xECnh n\u1ED9p (m\u1EB7c \u0111\u1ECBnh: h\xF4m nay)").option("--plans <dir>", "th\u01B0 m\u1EE5c k\u1EBF ho\u1EA1ch n\u0103m c\u1EE7a c\xE1c \u0111\u01A1n v\u1ECB (so s\xE1nh k\u1EBF ho\u1EA1ch \u2013 k\u1EBFt qu\u1EA3)").option("--received <file.csv>", "danh s\xE1ch ng\xE0y nh\u1EADn: file,date").option("--include-rejected <files>", "t\xEAn t\u1EC7p (ph\xE2n c\xE1ch b\u1EB1ng d\u1EA5u ph\u1EA9y) v\u1EABn \u0111\u01B0a v\xE0o d\xF9 c\xF2n l\u1ED7i").option("--json", "in k\u1EBFt qu\u1EA3 d\u1EA1ng JSON").action(
    async (inputs, o) => {
      checkOutput(o.output, [".xlsx"]);
      const { consolidateCommand: consolidateCommand2 } = await Promise.resolve().then(() => (init_consolidate(), consolidate_exports));
      const r = await consolidateCommand2(
        {
          registry: loadRegistry(o),
          calendar: loadCalendar(o),
          kind: checkKind(o.kind),
          year: checkYear(o.year),
          asOf: checkDate(o.asOf),
          plans: o.plans,
          received: o.received,
          includeRejected: o.includeRejected?.split(",").map((s) => s.trim()).filter(Boolean),
          output: o.output,
          inputs,
          json: Boolean(o.json)
        },
        out
      );
      setExit(r.code);
    }
  );
  withGlobals(
    program2.command("export").description("xu\u1EA5t b\xE1o c\xE1o g\u1EEDi B\u1ED9 t\u1EEB b\u1EA3ng t\u1ED5ng h\u1EE3p").argument("<summary>")
  ).requiredOption("--format <fmt>", "xlsx | docx | json | csv").requiredOption("-o, --output <file>", "t\u1EC7p \u0111\u1EA7u ra").action(async (summary, o) => {
    if (!["xlsx", "docx", "json", "csv"].includes(o.format))
      throw new UsageError(`\u0110\u1ECBnh d\u1EA1ng "${o.format}" kh\xF4ng h\u1EE3p l\u1EC7 (xlsx, docx, json, csv).`);
    checkOutput(o.output, [`.${o.format}`]);
    const { exportCommand: exportCommand2 } = await Promise.resolve().then(() => (init_export(), export_exports));
    await exportCommand2(summary, o.format, o.output, loadRegistry(o), out);
    setExit(0);
  });
  withGlobals(program2.command("demo").description("ch\u1EA1y th\u1EED tr\xEAn m\u1ED9t h\u1ED9p th\u01B0 m\u1EABu c\u1EE7a t\u1EC9nh")).option("-o, --output <dir>", "th\u01B0 m\u1EE5c k\u1EBFt qu\u1EA3", "ttdn-demo").action(async (o) => {
    const { demoCommand: demoCommand2 } = await Promise.resolve().then(() => (init_demo(), demo_exports));
    setExit(await demoCommand2(o.output, loadRegistry(o), loadCalendar(o), out));
  });
  return program2;
}
var HELP = {
  styleTitle: (t) => HELP_TITLES[t] ?? t,
  styleUsage: (u2) => u2.replace("[options]", "[t\xF9y ch\u1ECDn]").replace("[command]", "[l\u1EC7nh]"),
  optionDescription: (o) => o.defaultValue === void 0 ? o.description : `${o.description} (m\u1EB7c \u0111\u1ECBnh: ${JSON.stringify(o.defaultValue)})`
};
function checkOutput(file, allowed) {
  const ext = (0, import_node_path9.extname)(file).toLowerCase();
  if (!allowed.includes(ext))
    throw new UsageError(
      `T\u1EC7p \u0111\u1EA7u ra "${file}" ph\u1EA3i c\xF3 \u0111u\xF4i ${allowed.join(" ho\u1EB7c ")} (\u0111ang l\xE0 "${ext || "kh\xF4ng c\xF3 \u0111u\xF4i"}").`
    );
}
var HELP_TITLES = {
  "Usage:": "C\xE1ch d\xF9ng:",
  "Options:": "T\xF9y ch\u1ECDn:",
  "Commands:": "L\u1EC7nh:",
  "Arguments:": "Tham s\u1ED1:"
};
var COMMANDER_ERRORS = [
  [/^error: required option '(.+)' not specified/, "L\u1ED7i: thi\u1EBFu t\xF9y ch\u1ECDn b\u1EAFt bu\u1ED9c $1"],
  [/^error: unknown option '(.+?)'.*/, "L\u1ED7i: kh\xF4ng c\xF3 t\xF9y ch\u1ECDn $1"],
  [/^error: missing required argument '(.+)'/, "L\u1ED7i: thi\u1EBFu tham s\u1ED1 $1"],
  [/^error: unknown command '(.+?)'.*/, "L\u1ED7i: kh\xF4ng c\xF3 l\u1EC7nh $1"],
  [/^error: option '(.+)' argument missing/, "L\u1ED7i: t\xF9y ch\u1ECDn $1 thi\u1EBFu gi\xE1 tr\u1ECB"],
  [/^error: too many arguments.*/, "L\u1ED7i: th\u1EEBa tham s\u1ED1"],
  [/^error: option '(.+?)' argument '(.*?)' is invalid.*/, 'L\u1ED7i: gi\xE1 tr\u1ECB "$2" c\u1EE7a t\xF9y ch\u1ECDn $1 kh\xF4ng h\u1EE3p l\u1EC7']
];
function translateSuggestion(s) {
  return s.replace(/\(Did you mean (.+?)\?\)/, "(C\xF3 ph\u1EA3i \xFD b\u1EA1n l\xE0 $1?)");
}
function translateCommanderError(s) {
  const [first, ...rest] = s.trim().split("\n");
  for (const [re, vi] of COMMANDER_ERRORS)
    if (re.test(first)) return `${[first.replace(re, vi), ...rest.map(translateSuggestion)].join("\n")}
`;
  return translateSuggestion(s);
}
function checkDate(v) {
  if (!v) return (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const span = parseDateText(v);
  if (!span || span.granularity !== "day") throw new UsageError(`Ng\xE0y "${v}" kh\xF4ng h\u1EE3p l\u1EC7 (YYYY-MM-DD).`);
  return span.from;
}
async function run(argv) {
  if (process.env.npm_lifecycle_event === "ttdn" && process.env.INIT_CWD) {
    try {
      process.chdir(process.env.INIT_CWD);
    } catch {
    }
  }
  let code = 0;
  const program2 = buildProgram((c) => code = c);
  const debug = argv.includes("--debug");
  try {
    await program2.parseAsync(argv, { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof TtdnError) {
      process.stderr.write(`L\u1ED7i: ${e.message}
`);
      if (debug) process.stderr.write(`${e.stack}
`);
      return 2;
    }
    process.stderr.write(`L\u1ED7i kh\xF4ng mong \u0111\u1EE3i: ${e.message}
`);
    if (debug) process.stderr.write(`${e.stack}
`);
    else process.stderr.write("(ch\u1EA1y l\u1EA1i v\u1EDBi --debug \u0111\u1EC3 xem chi ti\u1EBFt)\n");
    return 2;
  }
}
if (require.main === module) {
  void run(process.argv.slice(2)).then((c) => process.exit(c));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  buildProgram,
  run
});
//# sourceMappingURL=ttdn.cjs.map
