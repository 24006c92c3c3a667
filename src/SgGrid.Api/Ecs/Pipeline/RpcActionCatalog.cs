using System.Collections.Frozen;

namespace SgGrid.Api.Ecs.Pipeline;

/// <summary>The actions the endpoint serves, by version and name (names are case-sensitive, as ECS's are).</summary>
public sealed class RpcActionCatalog
{
    private readonly FrozenDictionary<(string Version, string Name), IRpcAction> _actions;

    public RpcActionCatalog(IEnumerable<IRpcAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var list = actions.ToArray();
        if (list.GroupBy(a => (a.Version, a.Name)).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new InvalidOperationException($"Action {duplicate.Key.Name} ({duplicate.Key.Version}) is registered twice.");
        }

        _actions = list.ToFrozenDictionary(a => (a.Version, a.Name));
        Actions = [.. list.OrderBy(a => a.Version, StringComparer.Ordinal).ThenBy(a => a.Name, StringComparer.Ordinal)];
    }

    /// <summary>Every action, by version then name.</summary>
    public IReadOnlyList<IRpcAction> Actions { get; }

    public IRpcAction? Find(string version, string name) => _actions.GetValueOrDefault((version, name));
}
