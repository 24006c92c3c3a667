using System.Collections.Immutable;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.PrefixLists;

namespace SgGrid.Api.Ecs.Binding;

/// <summary>The parameters of the prefix-list actions: names, address families and <c>Entry.N</c>-style entries.</summary>
public static class PrefixListParameters
{
    /// <summary>Entries one request may add (or remove, or create with): the per-list limit.</summary>
    public const int MaxEntries = 200;

    /// <summary>
    /// A prefix list name: ECS's naming rule (2-128 characters, starting with a letter), and not starting with
    /// <c>com.aliyun</c> or <c>com.alibabacloud</c> (reserved for the cloud's own lists).
    /// </summary>
    public static string? ReadName(ParameterReader reader, string parameter = "PrefixListName")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var name = ResourceNames.Read(reader, parameter);
        if (name is not null && (name.StartsWith("com.aliyun", StringComparison.OrdinalIgnoreCase) || name.StartsWith("com.alibabacloud", StringComparison.OrdinalIgnoreCase)))
        {
            reader.Fail(ApiErrors.Malformed(parameter, "It cannot start with com.aliyun or com.alibabacloud."));
            return null;
        }

        return name;
    }

    /// <summary><c>IPv4</c> or <c>IPv6</c> (any case); <c>Invalid{Name}.Malformed</c> otherwise.</summary>
    public static IpFamily? ReadAddressFamily(ParameterReader reader, string parameter = "AddressFamily")
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.Parse(parameter, (string text, out IpFamily family) =>
        {
            family = text.Equals("IPv4", StringComparison.OrdinalIgnoreCase) ? IpFamily.IPv4 : IpFamily.IPv6;
            return text.Equals("IPv4", StringComparison.OrdinalIgnoreCase) || text.Equals("IPv6", StringComparison.OrdinalIgnoreCase);
        }, ApiErrors.Malformed(parameter, "It must be IPv4 or IPv6."));
    }

    /// <summary>
    /// <c>{parameter}.N.Cidr</c> (required in each entry; a bare address is a /32 or /128) and, when
    /// <paramref name="withDescription"/>, <c>{parameter}.N.Description</c> (2-32 characters, no URL).
    /// </summary>
    public static ImmutableArray<PrefixListEntry> ReadEntries(ParameterReader reader, string parameter, bool withDescription = true)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = ImmutableArray.CreateBuilder<PrefixListEntry>();
        foreach (var (index, entry) in reader.Objects(parameter, MaxEntries))
        {
            var name = $"{parameter}.{index}";
            var cidrText = entry.Parameters.Get("Cidr");
            if (cidrText is null)
            {
                reader.Fail(ApiErrors.Missing($"{name}.Cidr"));
                continue;
            }

            if (cidrText.Length > 64 || !IpCidr.TryParse(cidrText, out var cidr))
            {
                reader.Fail(ApiErrors.Malformed($"{name}.Cidr", "It must be a CIDR block or an IP address."));
                continue;
            }

            var description = "";
            if (withDescription)
            {
                var text = entry.Text("Description", 2, 32, noUrl: true);
                if (entry.Error is not null)
                {
                    reader.Fail(ApiErrors.Malformed($"{name}.Description", "It must be 2 to 32 characters and cannot start with http:// or https://."));
                    continue;
                }

                description = text ?? "";
            }

            entries.Add(new PrefixListEntry(cidr, description));
        }

        return entries.ToImmutable();
    }
}
