"""The dependency order of a network, and its cycles, both linear in nodes plus edges
(a join counts once, however many decisions share it)."""

from __future__ import annotations

from res_plan.network import Join, Node, Succs


def topological_order(nodes: list[Node], joins: list[Join]) -> tuple[list[int], Succs]:
    succs = Succs(len(nodes), joins)
    indegree = [len(node.after) for node in nodes]  # a join is one edge until all its members are placed
    for i, node in enumerate(nodes):
        for k, item in enumerate(node.after):
            if isinstance(item, Join):
                item.consumers.append((i, k))
            else:
                succs.direct[item[0]].append((i, item[1], k))
    for join in joins:
        for m in join.members:
            succs.member_of[m].append(join)
    waiting = [len(join.members) for join in joins]
    order = [i for i, d in enumerate(indegree) if d == 0]
    direct, member_of, place = succs.direct, succs.member_of, order.append
    for i in order:  # the list grows while we walk it: direct successors first, then joins'
        for s, _, _ in direct[i]:
            indegree[s] -= 1
            if indegree[s] == 0:
                place(s)
        for join in member_of[i]:
            waiting[join.index] -= 1
            if waiting[join.index] == 0:
                for c, _ in join.consumers:
                    indegree[c] -= 1
                    if indegree[c] == 0:
                        place(c)
    return order, succs


def find_cycles(nodes: list[Node], placed: set[int]) -> list[list[int]]:
    """One cycle per group of nodes left out of the order, in dependency order.

    Every node left out has a predecessor that was left out too, so walking predecessors
    from any of them must come back to a node already on the walk. A walk that reaches a node
    an earlier walk went through stops there, so each node is walked once (linear time).
    """
    open_member: dict[int, int | None] = {}  # join index -> its first member left out

    def first_open(i: int) -> int:
        for item in nodes[i].after:
            if isinstance(item, Join):
                if item.index not in open_member:
                    open_member[item.index] = next((m for m in item.members if m not in placed), None)
                member = open_member[item.index]
                if member is not None:
                    return member
            elif item[0] not in placed:
                return item[0]
        raise AssertionError("a node left out of the order has a predecessor left out")

    cycles: list[list[int]] = []
    walked: set[int] = set()
    for start in (i for i in range(len(nodes)) if i not in placed):
        path: list[int] = []
        seen_at: dict[int, int] = {}
        node = start
        while node not in seen_at and node not in walked:
            seen_at[node] = len(path)
            path.append(node)
            node = first_open(node)
        walked.update(path)
        if node in seen_at:
            cycle = path[seen_at[node]:][::-1]
            first = cycle.index(min(cycle))
            cycles.append(cycle[first:] + cycle[:first])
    return cycles
