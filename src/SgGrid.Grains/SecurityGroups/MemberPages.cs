using System.Diagnostics.CodeAnalysis;
using SgGrid.Domain.Addresses;

namespace SgGrid.Grains.SecurityGroups;

/// <summary>
/// A group's members in memory, split by a stable hash of the ENI id into a power-of-two number of pages, each stored as
/// a state of its own (docs/fan-out.md). A page never weighs more than <see cref="MaxPageWeight"/> (a member weighs 1 plus
/// its addresses, at most 64 of them counted): when one would, the page count doubles and every page is rewritten, so
/// a change costs O(1) page writes amortized and no stored state grows with the group.
/// </summary>
internal sealed class MemberPages
{
    /// <summary>The most a page may weigh: ~1,000 single-address members, well under 256 KB stored.</summary>
    public const int MaxPageWeight = 2_048;

    private List<Dictionary<string, AddressSet>> _pages;
    private int[] _weights;
    private readonly HashSet<int> _dirty = [];

    private MemberPages(List<Dictionary<string, AddressSet>> pages)
    {
        _pages = pages;
        _weights = [.. pages.Select(p => p.Values.Sum(Weight))];
        Count = pages.Sum(p => p.Count);
    }

    /// <summary>No members, one page.</summary>
    public static MemberPages Empty() => new([new(StringComparer.Ordinal)]);

    /// <summary>
    /// The members as stored: <paramref name="pages"/> in page order (their number a power of two; none means one empty page).
    /// A member found on another page than its hash names (a split interrupted before every old page was rewritten) moves to
    /// its page, where a copy already there wins; the pages it touched are marked to write.
    /// </summary>
    public static MemberPages FromPages(IReadOnlyList<Dictionary<string, AddressSet>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        if (pages.Count == 0)
        {
            return Empty();
        }

        var misplaced = new List<(int From, string Id, AddressSet Addresses)>();
        for (var i = 0; i < pages.Count; i++)
        {
            misplaced.AddRange(pages[i].Where(m => PageOf(m.Key, pages.Count) != i).Select(m => (i, m.Key, m.Value)));
        }

        foreach (var (from, id, addresses) in misplaced)
        {
            pages[from].Remove(id);
            pages[PageOf(id, pages.Count)].TryAdd(id, addresses);
        }

        var loaded = new MemberPages([.. pages]);
        loaded.MarkDirty(misplaced.SelectMany(m => new[] { m.From, PageOf(m.Id, pages.Count) }));
        return loaded;
    }

    public int PageCount => _pages.Count;

    public int Count { get; private set; }

    public IEnumerable<string> Keys => _pages.SelectMany(p => p.Keys);

    public IEnumerable<AddressSet> Values => _pages.SelectMany(p => p.Values);

    /// <summary>The heaviest page's weight (tests check the bound).</summary>
    public int MaxWeight => _weights.Max();

    public bool TryGetValue(string networkInterfaceId, [NotNullWhen(true)] out AddressSet? addresses) =>
        _pages[PageOf(networkInterfaceId, _pages.Count)].TryGetValue(networkInterfaceId, out addresses);

    /// <summary>Adds a member or replaces its addresses.</summary>
    public void Set(string networkInterfaceId, AddressSet addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var index = PageOf(networkInterfaceId, _pages.Count);
        var page = _pages[index];
        if (page.TryGetValue(networkInterfaceId, out var old))
        {
            _weights[index] -= Weight(old);
        }
        else
        {
            Count++;
        }

        page[networkInterfaceId] = addresses;
        _weights[index] += Weight(addresses);
        _dirty.Add(index);
        if (_weights[index] > MaxPageWeight)
        {
            Split();
        }
    }

    public bool Remove(string networkInterfaceId, [NotNullWhen(true)] out AddressSet? removed)
    {
        var index = PageOf(networkInterfaceId, _pages.Count);
        if (!_pages[index].Remove(networkInterfaceId, out removed))
        {
            return false;
        }

        Count--;
        _weights[index] -= Weight(removed);
        _dirty.Add(index);
        return true;
    }

    /// <summary>Every page as a change to write (a group's first write, or state moved from before pages).</summary>
    public void MarkAllDirty()
    {
        for (var i = 0; i < _pages.Count; i++)
        {
            _dirty.Add(i);
        }
    }

    /// <summary>The pages changed since the last call, to write now; <see cref="MarkDirty"/> gives them back when the write fails.</summary>
    public IReadOnlyList<(int Index, Dictionary<string, AddressSet> Members)> TakeDirty()
    {
        var taken = _dirty.Order().Select(i => (i, _pages[i])).ToList();
        _dirty.Clear();
        return taken;
    }

    public void MarkDirty(IEnumerable<int> indexes)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        _dirty.UnionWith(indexes);
    }

    /// <summary>Doubles the pages until none is too heavy; every page is rewritten.</summary>
    private void Split()
    {
        var members = _pages.SelectMany(p => p).ToList();
        var count = _pages.Count;
        do
        {
            count *= 2;
            _pages = [.. Enumerable.Range(0, count).Select(_ => new Dictionary<string, AddressSet>(StringComparer.Ordinal))];
            _weights = new int[count];
            foreach (var (id, addresses) in members)
            {
                var index = PageOf(id, count);
                _pages[index][id] = addresses;
                _weights[index] += Weight(addresses);
            }
        }
        while (_weights.Max() > MaxPageWeight && count < (1 << 20));

        MarkAllDirty();
    }

    private static int Weight(AddressSet addresses) => 1 + (int)UInt128.Min(addresses.Count, 64);

    /// <summary>FNV-1a of the id: stable across processes and runs (string.GetHashCode is not).</summary>
    private static int PageOf(string id, int pageCount)
    {
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & (uint)(pageCount - 1));
    }
}
