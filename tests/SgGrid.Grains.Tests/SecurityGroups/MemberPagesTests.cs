using SgGrid.Domain.Addresses;
using SgGrid.Grains.SecurityGroups;

namespace SgGrid.Grains.Tests.SecurityGroups;

/// <summary>The partitioned member map (docs/fan-out.md) against a plain dictionary.</summary>
public class MemberPagesTests
{
    [Fact]
    public void SetAndRemove_ThousandsOfMembers_SameAsADictionaryAndEveryPageBounded()
    {
        var random = new Random(13);
        var pages = MemberPages.Empty();
        var model = new Dictionary<string, AddressSet>(StringComparer.Ordinal);
        for (var i = 0; i < 20_000; i++)
        {
            var id = $"eni-{random.Next(12_000):x8}";
            if (random.Next(5) == 0)
            {
                Assert.Equal(model.Remove(id), pages.Remove(id, out _));
            }
            else
            {
                var addresses = Addresses(random.Next(1, 1 + random.Next(1, 70)), (uint)i * 100);
                model[id] = addresses;
                pages.Set(id, addresses);
            }
        }

        Assert.Equal(model.Count, pages.Count);
        Assert.Equal(model.Keys.Order(StringComparer.Ordinal), pages.Keys.Order(StringComparer.Ordinal));
        Assert.All(model, m => Assert.True(pages.TryGetValue(m.Key, out var got) && got.Equals(m.Value)));
        Assert.True(pages.PageCount > 1);
        Assert.True(pages.MaxWeight <= MemberPages.MaxPageWeight, $"a page weighs {pages.MaxWeight}");
    }

    [Fact]
    public void FromPages_SplitInterruptedBeforeOldPagesWereRewritten_MembersMoveToTheirPages()
    {
        var pages = MemberPages.Empty();
        for (var i = 0; i < 1_500; i++)
        {
            pages.Set($"eni-{i:x8}", Addresses(1, (uint)i));
        }

        Assert.True(pages.PageCount >= 2);
        var written = pages.TakeDirty().Select(p => new Dictionary<string, AddressSet>(p.Members, StringComparer.Ordinal)).ToList();
        // Page 0 still holds what it held before the split: a stale copy of members that now belong elsewhere.
        foreach (var page in written.Skip(1))
        {
            foreach (var (id, addresses) in page)
            {
                written[0][id] = addresses;
            }
        }

        var loaded = MemberPages.FromPages(written);
        Assert.Equal(1_500, loaded.Count);
        Assert.Equal(pages.Keys.Order(StringComparer.Ordinal), loaded.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(loaded.TakeDirty(), p => p.Index == 0);
    }

    private static AddressSet Addresses(int count, uint first) =>
        AddressSet.FromAddresses(Enumerable.Range(0, count).Select(k => NetworkAddress.FromIPv4(0x0A000000u + ((first + (uint)k) * 2))));
}
