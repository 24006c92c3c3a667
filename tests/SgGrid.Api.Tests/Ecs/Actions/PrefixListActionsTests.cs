using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.PrefixLists;
using SgGrid.Grains.Abstractions.SecurityGroups;

namespace SgGrid.Api.Tests.Ecs.Actions;

/// <summary>
/// CreatePrefixList, ModifyPrefixList, DescribePrefixLists, DescribePrefixListAttributes and DeletePrefixList over HTTP:
/// fields, filters, token paging, every validation error, the in-use refusal and tenant isolation.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class PrefixListActionsTests(ApiHostFixture host)
{
    private const string Region = ApiRegion.RegionId;

    private EcsClient Alice => host.Client(ApiHostFixture.Alice);

    private EcsClient Bob => host.Client(ApiHostFixture.Bob);

    private static ResourceOwner AliceOwner => new(ApiHostFixture.Alice.AccountId, Region);

    /// <summary>Grains, to make a group use a list while AuthorizeSecurityGroup is not on this branch.</summary>
    private IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    private static string Unique() => "m" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>CreatePrefixList with defaults for the required parameters; <paramref name="extra"/> adds parameters or replaces defaults.</summary>
    private static Task<EcsResponse> CreateAsync(EcsClient client, params (string Name, string Value)[] extra)
    {
        (string Name, string Value)[] defaults = [("RegionId", Region), ("PrefixListName", "offices"), ("AddressFamily", "IPv4"), ("MaxEntries", "10")];
        return client.EcsAsync("CreatePrefixList", [.. defaults.Where(d => extra.All(e => e.Name != d.Name)), .. extra]);
    }

    private static async Task<string> CreateIdAsync(EcsClient client, params (string Name, string Value)[] extra) =>
        (await CreateAsync(client, extra)).Ok().Get("PrefixListId");

    private static async Task<EcsResponse> AttributesAsync(EcsClient client, string prefixListId) =>
        await client.EcsAsync("DescribePrefixListAttributes", ("RegionId", Region), ("PrefixListId", prefixListId));

    private static (string Cidr, string Description)[] Entries(EcsResponse attributes) =>
        [.. attributes.Element("Entries.Entry").EnumerateArray().Select(e => (e.GetProperty("Cidr").GetString()!, e.GetProperty("Description").GetString()!))];

    private static string[] ListedIds(EcsResponse response) =>
        [.. response.Element("PrefixLists.PrefixList").EnumerateArray().Select(e => e.GetProperty("PrefixListId").GetString()!)];

    // ---- CreatePrefixList / DescribePrefixListAttributes ------------------------------------------------------------

    [Fact]
    public async Task Create_WithEntries_AttributesShowThemCanonicalAndSorted()
    {
        var id = await CreateIdAsync(Alice, ("Description", "office blocks"),
            ("Entry.1.Cidr", "192.168.1.0/24"), ("Entry.1.Description", "hangzhou"),
            ("Entry.2.Cidr", "10.0.0.7"), ("Entry.2.Description", "bastion"),
            ("Entry.3.Cidr", "172.16.5.9/16"));

        var attributes = (await AttributesAsync(Alice, id)).Ok();

        Assert.Matches("^pl-[a-z0-9]{20}$", id);
        Assert.Equal(id, attributes.Get("PrefixListId"));
        Assert.Equal("offices", attributes.Get("PrefixListName"));
        Assert.Equal("office blocks", attributes.Get("Description"));
        Assert.Equal("IPv4", attributes.Get("AddressFamily"));
        Assert.Equal(JsonValueKind.Number, attributes.Element("MaxEntries").ValueKind);
        Assert.Equal(10, attributes.Element("MaxEntries").GetInt32());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\dZ$", attributes.Get("CreationTime"));
        Assert.Equal([("10.0.0.7/32", "bastion"), ("172.16.0.0/16", ""), ("192.168.1.0/24", "hangzhou")], Entries(attributes));
    }

    [Fact]
    public async Task Create_Ipv6_LowercasesAndCompressesBlocks()
    {
        var id = await CreateIdAsync(Alice, ("AddressFamily", "ipv6"), ("Entry.1.Cidr", "2001:0DB8:0000:0000:0000:0000:0000:0000/32"));

        var attributes = (await AttributesAsync(Alice, id)).Ok();

        Assert.Equal("IPv6", attributes.Get("AddressFamily"));
        Assert.Equal([("2001:db8::/32", "")], Entries(attributes));
    }

    [Fact]
    public async Task Create_SameClientToken_ReturnsTheSameList()
    {
        var token = Guid.NewGuid().ToString();

        var first = await CreateIdAsync(Alice, ("ClientToken", token));
        var repeat = await CreateIdAsync(Alice, ("ClientToken", token));
        var mismatch = await CreateAsync(Alice, ("ClientToken", token), ("MaxEntries", "11"));

        Assert.Equal(first, repeat);
        mismatch.Fails("IdempotentParameterMismatch", 400);
    }

    [Theory]
    [InlineData("PrefixListName", "", "MissingPrefixListName")]
    [InlineData("PrefixListName", "1starts-with-digit", "InvalidPrefixListName.Malformed")]
    [InlineData("PrefixListName", "x", "InvalidPrefixListName.Malformed")]
    [InlineData("PrefixListName", "com.aliyun.mine", "InvalidPrefixListName.Malformed")]
    [InlineData("PrefixListName", "com.alibabacloud.mine", "InvalidPrefixListName.Malformed")]
    [InlineData("AddressFamily", "", "MissingAddressFamily")]
    [InlineData("AddressFamily", "IPv5", "InvalidAddressFamily.Malformed")]
    [InlineData("MaxEntries", "", "MissingMaxEntries")]
    [InlineData("MaxEntries", "0", "InvalidMaxEntries.Malformed")]
    [InlineData("MaxEntries", "201", "InvalidMaxEntries.Malformed")]
    [InlineData("MaxEntries", "ten", "InvalidMaxEntries.Malformed")]
    [InlineData("Description", "x", "InvalidDescription.Malformed")]
    [InlineData("Description", "http://example.com", "InvalidDescription.Malformed")]
    [InlineData("Entry.1.Cidr", "10.0.0.0/33", "InvalidEntry.Cidr.Malformed")]
    [InlineData("Entry.1.Cidr", "not-a-cidr", "InvalidEntry.Cidr.Malformed")]
    [InlineData("Entry.1.Description", "only a description", "MissingEntry.Cidr")]
    [InlineData("Entry.x.Cidr", "10.0.0.0/8", "InvalidEntry.Malformed")]
    [InlineData("Tag.1.Key", "aliyun-reserved", "InvalidTagKey.Malformed")]
    [InlineData("Entry.1.Cidr", "2001:db8::/32", "InvalidParam.AddressFamilyMismatch")]
    public async Task Create_BadParameter_IsRefused(string parameter, string value, string code)
    {
        var response = await CreateAsync(Alice, (parameter, value));

        response.Fails(code, 400);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("this description is longer than 32 characters")]
    [InlineData("https://example.com")]
    public async Task Create_BadEntryDescription_IsMalformed(string description)
    {
        var response = await CreateAsync(Alice, ("Entry.1.Cidr", "10.0.0.0/8"), ("Entry.1.Description", description));

        response.Fails("InvalidEntry.Description.Malformed", 400);
    }

    [Fact]
    public async Task Create_DuplicateEntries_IsDuplicateEntry()
    {
        var response = await CreateAsync(Alice, ("Entry.1.Cidr", "10.0.0.0/8"), ("Entry.2.Cidr", "10.1.2.3/8"));

        response.Fails("InvalidParam.DuplicateEntry", 400);
    }

    [Fact]
    public async Task Create_MoreEntriesThanMaxEntries_IsQuotaExceeded()
    {
        var response = await CreateAsync(Alice, ("MaxEntries", "1"), ("Entry.1.Cidr", "10.0.0.0/8"), ("Entry.2.Cidr", "11.0.0.0/8"));

        response.Fails("QuotaExceed.PrefixListEntry", 400);
    }

    [Fact]
    public async Task Create_MoreThanTwoHundredEntries_IsMalformed()
    {
        var entries = Enumerable.Range(1, 201).Select(i => ($"Entry.{i}.Cidr", $"10.0.{i}.0/24")).ToArray();

        var response = await CreateAsync(Alice, [("MaxEntries", "200"), .. entries]);

        response.Fails("InvalidEntry.Malformed", 400);
    }

    [Fact]
    public async Task Create_WithoutRegion_IsMissingRegionId()
    {
        var response = await Alice.EcsAsync("CreatePrefixList", ("PrefixListName", "offices"), ("AddressFamily", "IPv4"), ("MaxEntries", "10"));

        response.Fails("MissingRegionId", 400);
    }

    [Fact]
    public async Task Attributes_UnknownMalformedOrAnotherTenants_IsNotFound()
    {
        var alice = await CreateIdAsync(Alice);

        (await AttributesAsync(Bob, alice)).Fails("InvalidPrefixListId.NotFound", 404);
        (await AttributesAsync(Alice, "pl-doesnotexist000000000")).Fails("InvalidPrefixListId.NotFound", 404);
        (await AttributesAsync(Alice, "pl-BAD")).Fails("InvalidPrefixListId.NotFound", 404);
        (await Alice.EcsAsync("DescribePrefixListAttributes", ("RegionId", "cn-beijing"), ("PrefixListId", alice))).Fails("InvalidPrefixListId.NotFound", 404);
        (await Alice.EcsAsync("DescribePrefixListAttributes", ("RegionId", Region))).Fails("MissingPrefixListId", 400);
    }

    // ---- ModifyPrefixList -------------------------------------------------------------------------------------------

    [Fact]
    public async Task Modify_AddRemoveRenameRedescribe_IsReflected()
    {
        var id = await CreateIdAsync(Alice, ("Entry.1.Cidr", "10.0.0.0/8"), ("Entry.1.Description", "old"), ("Entry.2.Cidr", "11.0.0.0/8"));

        (await Alice.EcsAsync("ModifyPrefixList", ("RegionId", Region), ("PrefixListId", id), ("PrefixListName", "renamed"), ("Description", "new text"),
            ("AddEntry.1.Cidr", "12.0.0.0/8"), ("AddEntry.1.Description", "added"),
            ("AddEntry.2.Cidr", "10.0.0.0/8"), ("AddEntry.2.Description", "redescribed"),
            ("RemoveEntry.1.Cidr", "11.0.0.0/8"))).Ok();

        var attributes = (await AttributesAsync(Alice, id)).Ok();
        Assert.Equal("renamed", attributes.Get("PrefixListName"));
        Assert.Equal("new text", attributes.Get("Description"));
        Assert.Equal([("10.0.0.0/8", "redescribed"), ("12.0.0.0/8", "added")], Entries(attributes));
        var listed = (await Alice.EcsAsync("DescribePrefixLists", ("RegionId", Region), ("PrefixListName", "renamed"), ("PrefixListId.1", id))).Ok();
        Assert.Equal([id], ListedIds(listed));
    }

    [Fact]
    public async Task Modify_NothingGiven_Succeeds()
    {
        var id = await CreateIdAsync(Alice, ("Entry.1.Cidr", "10.0.0.0/8"));

        (await Alice.EcsAsync("ModifyPrefixList", ("RegionId", Region), ("PrefixListId", id))).Ok();

        Assert.Equal([("10.0.0.0/8", "")], Entries((await AttributesAsync(Alice, id)).Ok()));
    }

    [Theory]
    [InlineData("RemoveEntry.1.Cidr", "13.0.0.0/8", "InvalidPrefixListEntry.NotFound")]
    [InlineData("AddEntry.1.Cidr", "2001:db8::/32", "InvalidParam.AddressFamilyMismatch")]
    [InlineData("AddEntry.1.Cidr", "garbage", "InvalidAddEntry.Cidr.Malformed")]
    [InlineData("RemoveEntry.1.Cidr", "garbage", "InvalidRemoveEntry.Cidr.Malformed")]
    [InlineData("AddEntry.1.Description", "lonely", "MissingAddEntry.Cidr")]
    [InlineData("PrefixListName", "-bad", "InvalidPrefixListName.Malformed")]
    [InlineData("Description", "x", "InvalidDescription.Malformed")]
    public async Task Modify_BadChange_IsRefusedAndChangesNothing(string parameter, string value, string code)
    {
        var id = await CreateIdAsync(Alice, ("Entry.1.Cidr", "10.0.0.0/8"));

        var response = await Alice.EcsAsync("ModifyPrefixList", ("RegionId", Region), ("PrefixListId", id), ("AddEntry.2.Cidr", "14.0.0.0/8"), (parameter, value));

        response.Fails(code, 400);
        Assert.Equal([("10.0.0.0/8", "")], Entries((await AttributesAsync(Alice, id)).Ok()));
    }

    [Fact]
    public async Task Modify_AddAndRemoveTheSameBlock_IsDuplicateEntry()
    {
        var id = await CreateIdAsync(Alice, ("Entry.1.Cidr", "10.0.0.0/8"));

        var response = await Alice.EcsAsync("ModifyPrefixList", ("RegionId", Region), ("PrefixListId", id),
            ("AddEntry.1.Cidr", "10.0.0.0/8"), ("RemoveEntry.1.Cidr", "10.0.0.0/8"));

        response.Fails("InvalidParam.DuplicateEntry", 400);
    }

    [Fact]
    public async Task Modify_BeyondMaxEntries_IsQuotaExceeded()
    {
        var id = await CreateIdAsync(Alice, ("MaxEntries", "1"), ("Entry.1.Cidr", "10.0.0.0/8"));

        var response = await Alice.EcsAsync("ModifyPrefixList", ("RegionId", Region), ("PrefixListId", id), ("AddEntry.1.Cidr", "11.0.0.0/8"));

        response.Fails("QuotaExceed.PrefixListEntry", 400);
    }

    [Fact]
    public async Task Modify_UnknownOrAnotherTenants_IsNotFound()
    {
        var alice = await CreateIdAsync(Alice, ("Entry.1.Cidr", "10.0.0.0/8"));

        (await Bob.EcsAsync("ModifyPrefixList", ("RegionId", Region), ("PrefixListId", alice), ("RemoveEntry.1.Cidr", "10.0.0.0/8"))).Fails("InvalidPrefixListId.NotFound", 404);
        (await Alice.EcsAsync("ModifyPrefixList", ("RegionId", Region), ("PrefixListId", "pl-doesnotexist000000000"))).Fails("InvalidPrefixListId.NotFound", 404);
        (await Alice.EcsAsync("ModifyPrefixList", ("RegionId", Region))).Fails("MissingPrefixListId", 400);

        Assert.Equal([("10.0.0.0/8", "")], Entries((await AttributesAsync(Alice, alice)).Ok()));
    }

    // ---- DescribePrefixLists ----------------------------------------------------------------------------------------

    [Fact]
    public async Task Describe_ById_AnswersEveryFieldInTheModelsTypes()
    {
        var id = await CreateIdAsync(Alice, ("Description", "office blocks"), ("ResourceGroupId", "rg-pltest"),
            ("Tag.1.Key", "env"), ("Tag.1.Value", "prod"), ("Entry.1.Cidr", "10.0.0.0/8"));

        var response = (await Alice.EcsAsync("DescribePrefixLists", ("RegionId", Region), ("PrefixListId.1", id))).Ok();

        Assert.False(response.Body.TryGetProperty("NextToken", out _));
        var list = Assert.Single(response.Element("PrefixLists.PrefixList").EnumerateArray());
        Assert.Equal(id, list.GetProperty("PrefixListId").GetString());
        Assert.Equal("offices", list.GetProperty("PrefixListName").GetString());
        Assert.Equal("office blocks", list.GetProperty("Description").GetString());
        Assert.Equal("IPv4", list.GetProperty("AddressFamily").GetString());
        Assert.Equal(10, list.GetProperty("MaxEntries").GetInt32());
        Assert.Equal(0, list.GetProperty("AssociationCount").GetInt32());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\dZ$", list.GetProperty("CreationTime").GetString());
        Assert.Equal("rg-pltest", list.GetProperty("ResourceGroupId").GetString());
        var tag = Assert.Single(list.GetProperty("Tags").GetProperty("Tag").EnumerateArray());
        Assert.Equal("env", tag.GetProperty("TagKey").GetString());
        Assert.Equal("prod", tag.GetProperty("TagValue").GetString());
    }

    [Fact]
    public async Task Describe_Filters_SelectTheMatchingLists()
    {
        var marker = Unique();
        var v4 = await CreateIdAsync(Alice, ("PrefixListName", "v4" + marker), ("Tag.1.Key", "marker"), ("Tag.1.Value", marker));
        var v6 = await CreateIdAsync(Alice, ("PrefixListName", "v6" + marker), ("AddressFamily", "IPv6"), ("ResourceGroupId", "rg-" + marker),
            ("Tag.1.Key", "marker"), ("Tag.1.Value", marker));

        async Task<string[]> ListAsync(params (string Name, string Value)[] filters) =>
            ListedIds((await Alice.EcsAsync("DescribePrefixLists", [("RegionId", Region), ("Tag.1.Key", "marker"), ("Tag.1.Value", marker), .. filters])).Ok());

        Assert.Equal(new[] { v4, v6 }.OrderDescending(StringComparer.Ordinal), await ListAsync());
        Assert.Equal([v6], await ListAsync(("AddressFamily", "IPv6")));
        Assert.Equal([v4], await ListAsync(("AddressFamily", "IPv4")));
        Assert.Equal([v4], await ListAsync(("PrefixListName", "v4" + marker)));
        Assert.Equal([v6], await ListAsync(("ResourceGroupId", "rg-" + marker)));
        Assert.Equal([v4], await ListAsync(("PrefixListId.1", v4), ("PrefixListId.2", "pl-doesnotexist000000000")));
    }

    [Fact]
    public async Task Describe_TokenPages_CoverEveryListOnce()
    {
        var marker = Unique();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await CreateIdAsync(Alice, ("Tag.1.Key", "page"), ("Tag.1.Value", marker)));
        }

        var first = (await Alice.EcsAsync("DescribePrefixLists", ("RegionId", Region), ("Tag.1.Key", "page"), ("Tag.1.Value", marker), ("MaxResults", "2"))).Ok();
        var token = first.Get("NextToken");
        var second = (await Alice.EcsAsync("DescribePrefixLists", ("RegionId", Region), ("Tag.1.Key", "page"), ("Tag.1.Value", marker), ("MaxResults", "2"),
            ("NextToken", token))).Ok();

        Assert.NotEmpty(token);
        Assert.Equal(2, ListedIds(first).Length);
        Assert.False(second.Body.TryGetProperty("NextToken", out _));
        Assert.Equal(ids.OrderDescending(StringComparer.Ordinal), ListedIds(first).Concat(ListedIds(second)));
    }

    [Fact]
    public async Task Describe_AnotherTenantsId_ListsNothing()
    {
        var alice = await CreateIdAsync(Alice);

        var response = (await Bob.EcsAsync("DescribePrefixLists", ("RegionId", Region), ("PrefixListId.1", alice))).Ok();

        Assert.Empty(ListedIds(response));
    }

    [Theory]
    [InlineData("MaxResults", "0", "InvalidMaxResults.Malformed")]
    [InlineData("MaxResults", "101", "InvalidMaxResults.Malformed")]
    [InlineData("AddressFamily", "IPX", "InvalidAddressFamily.Malformed")]
    [InlineData("PrefixListId.0", "pl-x", "InvalidPrefixListId.Malformed")]
    [InlineData("Tag.1.Value", "no key", "MissingTag.Key")]
    public async Task Describe_BadParameter_IsRefused(string parameter, string value, string code)
    {
        var response = await Alice.EcsAsync("DescribePrefixLists", ("RegionId", Region), (parameter, value));

        response.Fails(code, 400);
    }

    [Fact]
    public async Task Describe_MoreThanHundredIds_IsMalformed()
    {
        var ids = Enumerable.Range(1, 101).Select(i => ($"PrefixListId.{i}", $"pl-{i:D20}")).ToArray();

        var response = await Alice.EcsAsync("DescribePrefixLists", [("RegionId", Region), .. ids]);

        response.Fails("InvalidPrefixListId.Malformed", 400);
    }

    // ---- DeletePrefixList -------------------------------------------------------------------------------------------

    [Fact]
    public async Task Delete_Unused_IsGone()
    {
        var id = await CreateIdAsync(Alice);

        (await Alice.EcsAsync("DeletePrefixList", ("RegionId", Region), ("PrefixListId", id))).Ok();

        (await AttributesAsync(Alice, id)).Fails("InvalidPrefixListId.NotFound", 404);
        Assert.Empty(ListedIds((await Alice.EcsAsync("DescribePrefixLists", ("RegionId", Region), ("PrefixListId.1", id))).Ok()));
        (await Alice.EcsAsync("DeletePrefixList", ("RegionId", Region), ("PrefixListId", id))).Fails("InvalidPrefixListId.NotFound", 404);
    }

    [Fact]
    public async Task Delete_WhileAGroupUsesIt_IsAssociationExist()
    {
        var id = await CreateIdAsync(Alice, ("Entry.1.Cidr", "10.0.0.0/8"));
        var region = await ApiRegion.CreateAsync(Alice);
        var groupId = await region.CreateSecurityGroupAsync();
        var group = Grains.GetGrain<ISecurityGroupGrain>(groupId).GetGrainId();
        var list = Grains.GetGrain<IPrefixListGrain>(id);
        Assert.True((await list.AddUserAsync(AliceOwner, group)).Succeeded);

        var refused = await Alice.EcsAsync("DeletePrefixList", ("RegionId", Region), ("PrefixListId", id));
        var described = (await Alice.EcsAsync("DescribePrefixLists", ("RegionId", Region), ("PrefixListId.1", id))).Ok();
        await list.RemoveUserAsync(group);

        refused.Fails("NotAllowed.AssociationExist", 400);
        Assert.Equal(1, Assert.Single(described.Element("PrefixLists.PrefixList").EnumerateArray()).GetProperty("AssociationCount").GetInt32());
        (await Alice.EcsAsync("DeletePrefixList", ("RegionId", Region), ("PrefixListId", id))).Ok();
    }

    [Fact]
    public async Task Delete_AnotherTenantsOrMalformed_IsNotFound()
    {
        var alice = await CreateIdAsync(Alice);

        (await Bob.EcsAsync("DeletePrefixList", ("RegionId", Region), ("PrefixListId", alice))).Fails("InvalidPrefixListId.NotFound", 404);
        (await Alice.EcsAsync("DeletePrefixList", ("RegionId", Region), ("PrefixListId", "pl-Not_An-Id"))).Fails("InvalidPrefixListId.NotFound", 404);
        (await Alice.EcsAsync("DeletePrefixList", ("RegionId", Region))).Fails("MissingPrefixListId", 400);

        (await AttributesAsync(Alice, alice)).Ok();
    }

    [Fact]
    public async Task Create_BeyondTheRegionQuota_IsQuotaExceed()
    {
        // Bob's lists in cn-shenzhen are this test's alone: fill the 100 places, see the refusal, then clean up.
        const string shenzhen = "cn-shenzhen";
        var existing = (await Bob.EcsAsync("DescribePrefixLists", ("RegionId", shenzhen), ("MaxResults", "100"))).Ok();
        var created = new List<string>();
        for (var i = ListedIds(existing).Length; i < 100; i++)
        {
            created.Add((await Bob.EcsAsync("CreatePrefixList", ("RegionId", shenzhen), ("PrefixListName", "quota"), ("AddressFamily", "IPv4"),
                ("MaxEntries", "1"))).Ok().Get("PrefixListId"));
        }

        var refused = await Bob.EcsAsync("CreatePrefixList", ("RegionId", shenzhen), ("PrefixListName", "quota"), ("AddressFamily", "IPv4"), ("MaxEntries", "1"));
        foreach (var id in created)
        {
            (await Bob.EcsAsync("DeletePrefixList", ("RegionId", shenzhen), ("PrefixListId", id))).Ok();
        }

        refused.Fails("QuotaExceed.PrefixList", 400);
        Assert.Equal(100, ListedIds(existing).Length + created.Count);
    }
}
