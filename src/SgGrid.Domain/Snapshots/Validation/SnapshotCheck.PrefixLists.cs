using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.Snapshots.Documents;
using SgGrid.Domain.Snapshots.Plans;

namespace SgGrid.Domain.Snapshots.Validation;

/// <summary>Prefix lists: DescribePrefixLists gives the attributes, DescribePrefixListAttributes the entries.</summary>
internal sealed partial class SnapshotCheck
{
    private readonly Dictionary<string, PlannedPrefixList> _prefixLists = new(StringComparer.Ordinal);

    private void CheckPrefixLists()
    {
        var entries = new Dictionary<string, (DescribePrefixListAttributesAnswer Answer, string Path)>(StringComparer.Ordinal);
        for (var a = 0; a < snapshot.DescribePrefixListAttributes.Count; a++)
        {
            var answer = snapshot.DescribePrefixListAttributes[a];
            var path = $"$.DescribePrefixListAttributes[{a}]";
            if (Id(answer.PrefixListId, ResourceIds.PrefixListPrefix, $"{path}.PrefixListId") is { } id && !entries.TryAdd(id, (answer, path)))
            {
                Problem($"{path}.PrefixListId", EcsErrorCodes.InvalidParameterConflict, $"{id} has more than one DescribePrefixListAttributes answer.");
            }
        }

        foreach (var (list, path) in Items("DescribePrefixLists", snapshot.DescribePrefixLists, "PrefixLists", a => a.PrefixLists))
        {
            if (Id(list.PrefixListId, ResourceIds.PrefixListPrefix, $"{path}.PrefixListId") is not { } id || !IsFirst(_prefixLists, id, $"{path}.PrefixListId"))
            {
                continue;
            }

            IpFamily? family = list.AddressFamily switch
            {
                "IPv4" => IpFamily.IPv4,
                "IPv6" => IpFamily.IPv6,
                _ => null,
            };
            if (family is null)
            {
                Problem($"{path}.AddressFamily", EcsErrorCodes.InvalidParameter, "The address family is IPv4 or IPv6.");
            }

            var maxEntries = list.MaxEntries ?? 0;
            if (maxEntries < 1 || maxEntries > context.MaxPrefixListEntries)
            {
                Problem($"{path}.MaxEntries", EcsErrorCodes.InvalidPrefixListMaxEntries, $"MaxEntries is 1 to {context.MaxPrefixListEntries}.");
            }

            if (!entries.Remove(id, out var answer))
            {
                Problem(path, EcsErrorCodes.MissingParameter, $"{id} has no DescribePrefixListAttributes answer (its entries).");
                continue;
            }

            var planned = family is { } f ? Entries(answer.Answer, answer.Path, f, maxEntries) : [];
            if (family is null)
            {
                continue;
            }

            _prefixLists[id] = new PlannedPrefixList(
                id,
                family.Value,
                maxEntries,
                Name(list.PrefixListName, $"{path}.PrefixListName"),
                Description(list.Description, $"{path}.Description"),
                planned,
                list.ResourceGroupId ?? "",
                Tags(list.Tags, path),
                Time(list.CreationTime, $"{path}.CreationTime"));
        }

        foreach (var (id, (_, path)) in entries)
        {
            Problem($"{path}.PrefixListId", EcsErrorCodes.PrefixListNotFound, $"{id} is not in the snapshot's DescribePrefixLists.");
        }
    }

    private ImmutableArray<PlannedPrefixListEntry> Entries(DescribePrefixListAttributesAnswer answer, string path, IpFamily family, int maxEntries)
    {
        var result = ImmutableArray.CreateBuilder<PlannedPrefixListEntry>();
        var seen = new HashSet<IpCidr>();
        var items = answer.Entries?.Items ?? [];
        var name = answer.Entries?.Name ?? "Entry";
        if (items.Count > maxEntries)
        {
            Problem($"{path}.Entries", EcsErrorCodes.PrefixListEntryQuotaExceeded, $"The list holds {items.Count} entries, more than its MaxEntries {maxEntries}.");
        }

        for (var i = 0; i < items.Count; i++)
        {
            var entryPath = $"{path}.Entries.{name}[{i}]";
            if (Cidr(items[i].Cidr, $"{entryPath}.Cidr") is not { } cidr)
            {
                continue;
            }

            if (cidr.Family != family)
            {
                Problem($"{entryPath}.Cidr", EcsErrorCodes.PrefixListEntryFamilyMismatch, $"{cidr} is not an {family} block.");
            }
            else if (!seen.Add(cidr))
            {
                Problem($"{entryPath}.Cidr", EcsErrorCodes.PrefixListDuplicateEntry, $"{cidr} is listed twice.");
            }
            else
            {
                result.Add(new PlannedPrefixListEntry(cidr, Text(items[i].Description, 32, $"{entryPath}.Description")));
            }
        }

        return [.. result.OrderBy(e => e.Cidr.Family).ThenBy(e => e.Cidr.First).ThenBy(e => e.Cidr.PrefixLength)];
    }
}
