#!/usr/bin/env python3
"""Checks the includes of core/, ui/ and app/ against tests/layering/layers.txt.

Usage: check-layers.py [SOURCE_DIR] [--rules FILE]  check, print every violation, exit 1 on any
       check-layers.py --graph [SOURCE_DIR]         print the folders and their allowed arrows
"""
import os
import re
import sys

ROOTS = ('core', 'ui', 'app')
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"][^>"]+[>"])', re.MULTILINE)


def read_rules(path):
    arrows, forbidden, order = {}, [], []
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            if '->' in line:
                folder, targets = (part.strip() for part in line.split('->', 1))
                if folder in arrows:
                    sys.exit(f'{path}:{number}: {folder} has two arrow lines')
                arrows[folder] = targets.split()
                order.append(folder)
            elif '!' in line:
                folder, pattern = line.split('!', 1)
                forbidden.append((folder.strip(), re.compile(pattern.strip()), number))
            else:
                sys.exit(f'{path}:{number}: neither an arrow nor a forbidden pattern: {line}')
    for folder, targets in arrows.items():
        for target in targets:
            if target not in arrows:
                sys.exit(f'{path}: {folder} -> {target}, but {target} has no line of its own')
    return arrows, forbidden, order


def reachable(arrows):
    closure = {}
    for folder in arrows:
        seen, stack = set(), list(arrows[folder])
        while stack:
            target = stack.pop()
            if target not in seen:
                seen.add(target)
                stack.extend(arrows[target])
        closure[folder] = seen
    return closure


def cycles(graph):
    """The strongly connected components with more than one folder (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def folder_of(path):
    """core/check/rules/X.h -> core/check; ui/window/X.h -> ui/window."""
    parts = path.split('/')
    return '/'.join(parts[:2]) if len(parts) > 2 else None


def main():
    args = sys.argv[1:]
    rules_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'layers.txt')
    if '--rules' in args:
        at = args.index('--rules')
        rules_path = args[at + 1]
        del args[at:at + 2]
    paths = [a for a in args if not a.startswith('--')]
    source = os.path.abspath(paths[0] if paths else os.path.join(os.path.dirname(__file__), '..', '..'))
    arrows, forbidden, order = read_rules(rules_path)
    allowed = reachable(arrows)

    if '--graph' in sys.argv:
        width = max(len(f) for f in order)
        for folder in order:
            print(f'{folder:<{width}}  ->  {" ".join(arrows[folder]) or "(nothing)"}')
        return 0

    problems = []
    for cycle in cycles(arrows):
        problems.append(f'{rules_path}: the allowed arrows form a cycle: {" -> ".join(cycle)}')

    actual = {}
    for root in ROOTS:
        for directory, _, files in os.walk(os.path.join(source, root)):
            for name in sorted(files):
                if not name.endswith(('.h', '.cpp')):
                    continue
                path = os.path.relpath(os.path.join(directory, name), source)
                folder = folder_of(path)
                if folder is None:
                    problems.append(f'{path}: a source file must sit in a layer folder')
                    continue
                if folder not in arrows:
                    problems.append(f'{path}: {folder} is not a folder of layers.txt')
                    continue
                with open(os.path.join(source, path), encoding='utf-8') as f:
                    text = f.read()
                for match in INCLUDE.finditer(text):
                    include = match.group(1)
                    line = text.count('\n', 0, match.start()) + 1
                    where = f'{path}:{line}: {include}'
                    for scope, pattern, number in forbidden:
                        if (path + '/').startswith(scope + '/') and pattern.search(include):
                            problems.append(f'{where}: forbidden in {scope} (layers.txt:{number})')
                    if not include.startswith('"'):
                        continue
                    header = include.strip('"')
                    target_root = next((r for r in ROOTS if os.path.isfile(
                        os.path.join(source, r, header))), None)
                    if target_root is None:
                        if root in ('core', 'ui') or not os.path.isfile(
                                os.path.join(source, directory, header)):
                            problems.append(f'{where}: name the header by its folder, '
                                            f'as "model/Cascade.h" is named')
                        continue
                    target = folder_of(f'{target_root}/{header}')
                    if target == folder:
                        continue
                    actual.setdefault(folder, set()).add(target)
                    if target not in allowed[folder]:
                        problems.append(f'{where}: {folder} may not include {target} '
                                        f'(tests/layering/layers.txt)')
    for cycle in cycles(actual):
        problems.append(f'the includes form a cycle between folders: {" <-> ".join(cycle)}')

    for problem in problems:
        print(problem)
    if problems:
        print(f'{len(problems)} layering problem(s)')
        return 1
    print(f'layering: {sum(len(t) for t in actual.values())} folder arrows, all allowed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
