using System.Collections.Concurrent;
using SgGrid.Domain.Evaluation;

namespace SgGrid.Grains.Scenarios;

/// <summary>
/// Effective policies by their groups' content address (<see cref="Filters.CompiledFilterCache.KeyOf"/>), at most
/// <c>capacity</c> of them (emptied when full: a key is a pure function of its groups' versions, so anything dropped is
/// rebuilt the same). Null records groups that cannot form a policy. Safe to share between grains.
/// </summary>
internal sealed class PolicyCache(int capacity)
{
    private readonly ConcurrentDictionary<string, EffectivePolicy?> _policies = new(StringComparer.Ordinal);

    public int Count => _policies.Count;

    public bool TryGet(string key, out EffectivePolicy? policy) => _policies.TryGetValue(key, out policy);

    public void Add(string key, EffectivePolicy? policy)
    {
        if (_policies.Count >= capacity)
        {
            _policies.Clear();
        }

        _policies[key] = policy;
    }
}
