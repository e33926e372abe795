/**
 * The pre-commit hook (`shipgate hook install|uninstall`): finds the hook file (git's hooks path or
 * husky's), adds or removes shipgate's marked block and nothing else. Never rewrites the rest of a
 * user's hook.
 */
package dev.shipgate.hook;
