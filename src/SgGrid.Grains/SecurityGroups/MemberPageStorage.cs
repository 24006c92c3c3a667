using System.Globalization;
using SgGrid.Domain.Addresses;
using Orleans.Storage;

namespace SgGrid.Grains.SecurityGroups;

/// <summary>
/// Reads and writes a group's member pages (<see cref="MemberPages"/>) as states of the group's own grain id beside its main
/// state, named <c>members-N</c>: on Azure Table, rows of the group's partition; no grain of their own, no call.
/// </summary>
internal sealed class MemberPageStorage(IGrainStorage storage, GrainId groupId)
{
    private readonly Dictionary<int, GrainState<SecurityGroupMemberPage>> _pages = [];

    /// <summary>The storage name of page <paramref name="index"/>.</summary>
    public static string StateName(int index) => string.Create(CultureInfo.InvariantCulture, $"members-{index}");

    public async Task<List<Dictionary<string, AddressSet>>> ReadAsync(int count)
    {
        var pages = new List<Dictionary<string, AddressSet>>(count);
        for (var i = 0; i < count; i++)
        {
            var page = await PageAsync(i);
            pages.Add(new Dictionary<string, AddressSet>(page.State?.Members ?? [], StringComparer.Ordinal));
        }

        return pages;
    }

    public async Task WriteAsync(int index, Dictionary<string, AddressSet> members)
    {
        var page = await PageAsync(index);
        page.State = new SecurityGroupMemberPage { Members = members };
        await storage.WriteStateAsync(StateName(index), groupId, page);
    }

    /// <summary>Removes pages 0 to <paramref name="count"/> - 1.</summary>
    public async Task ClearAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var page = await PageAsync(i);
            if (page.RecordExists)
            {
                await storage.ClearStateAsync(StateName(i), groupId, page);
            }

            _pages.Remove(i);
        }
    }

    /// <summary>The page's stored state (read once: later writes carry its ETag).</summary>
    private async Task<GrainState<SecurityGroupMemberPage>> PageAsync(int index)
    {
        if (!_pages.TryGetValue(index, out var page))
        {
            page = new GrainState<SecurityGroupMemberPage>(new SecurityGroupMemberPage());
            await storage.ReadStateAsync(StateName(index), groupId, page);
            _pages[index] = page;
        }

        return page;
    }
}
